using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Benchmarking;

/// <summary>bench-scale on the sample corpus repeated: one index per size, a build table and a latency table.</summary>
public sealed class BenchScaleCommandTests
{
    private Workspace workspace = null!;
    private CliRun run = null!;

    [OneTimeSetUp]
    public void RunTwoSizes()
    {
        workspace = new Workspace();
        File.WriteAllLines(Path.Combine(workspace.Root, "queries.txt"), ["Kazakhstan", "Tokayev Xi", "\"foreign ministers\"", "nothingmatcheshere"]);
        run = workspace.Run(
            "bench-scale", "--corpus", "corpus", "--sizes", "7,12", "--work", "scale", "--queries", "queries.txt",
            "--warmup-s", "0", "--min-s", "0");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
    }

    [OneTimeTearDown]
    public void Cleanup() => workspace.Dispose();

    [Test]
    public void Each_size_gets_its_own_index_and_articles_beyond_the_corpus_get_derived_ids()
    {
        var seven = Total(workspace.Run("search", "--index", "scale/n7", "--json"));
        var twelve = workspace.Run("search", "--index", "scale/n12", "--json", "--top", "12");

        Assert.That(seven, Is.EqualTo(7));
        Assert.That(Total(twelve), Is.EqualTo(12));
        // Five sample articles: 12 = two whole passes and two articles of a third.
        Assert.That(twelve.Out, Does.Contain("~r1\"").And.Contain("~r2\"").And.Not.Contain("~r3\""));
    }

    [Test]
    public void The_build_table_has_a_row_per_size()
    {
        Assert.That(run.Out, Does.Contain("| articles | build s | articles/s |"));
        Assert.That(run.Out, Does.Match(@"\| 7 +\| [0-9.]+ "));
        Assert.That(run.Out, Does.Match(@"\| 12 +\| [0-9.]+ "));
    }

    [Test]
    public void Every_size_times_three_variants_under_zero_one_and_three_filters()
    {
        foreach (var size in new[] { "7", "12" })
        {
            foreach (var filters in new[] { "0", "1", "3" })
            {
                foreach (var variant in new[] { "a", "b", "c" })
                {
                    Assert.That(run.Out, Does.Match($@"\| {size} +\| {variant} +\| {filters} +\| [0-9]+\.[0-9]{{2}} "), $"{size} {variant} {filters}");
                }
            }
        }
    }

    [Test]
    public void The_filters_are_the_most_frequent_values_and_are_named()
    {
        Assert.That(run.Out, Does.Contain("1 filter(s): country=Kazakhstan"));
        Assert.That(run.Out, Does.Match(@"3 filter\(s\): country=Kazakhstan, year=\d{4}, format=\w"));
    }

    [Test]
    public void An_existing_index_folder_is_refused_rather_than_overwritten()
    {
        var again = workspace.Run("bench-scale", "--corpus", "corpus", "--sizes", "12", "--work", "scale", "--queries", "queries.txt");

        Assert.That(again.ExitCode, Is.EqualTo(2));
        Assert.That(again.Error, Does.Contain("exists already"));
        Assert.That(Total(workspace.Run("search", "--index", "scale/n12", "--json")), Is.EqualTo(12));
    }

    [Test]
    public void Reuse_measures_an_existing_index_as_it_is_and_builds_only_the_missing_sizes()
    {
        var generations = Path.Combine(workspace.Root, "scale", "n12", "generations");
        var before = Directory.GetDirectories(generations);

        var again = workspace.Run(
            "bench-scale", "--corpus", "corpus", "--sizes", "12,3", "--work", "scale", "--queries", "queries.txt",
            "--reuse", "--warmup-s", "0", "--min-s", "0");

        Assert.That(again.ExitCode, Is.EqualTo(0), again.Error);
        Assert.That(Directory.GetDirectories(generations), Is.EqualTo(before));
        Assert.That(again.Error, Does.Contain("reusing the index"));
        Assert.That(again.Out, Does.Match(@"\| 12 +\| reused +\|"));
        Assert.That(again.Out, Does.Match(@"\| 3 +\| [0-9.]+ "));
        Assert.That(again.Out, Does.Match(@"\| 12 +\| c +\| 3 +\| [0-9]+\.[0-9]{2} "));
        Assert.That(Total(workspace.Run("search", "--index", "scale/n3", "--json")), Is.EqualTo(3));
    }

    [Test]
    public void Reuse_of_a_folder_without_an_index_fails_with_a_clear_error()
    {
        Directory.CreateDirectory(Path.Combine(workspace.Root, "empty", "n4"));

        var again = workspace.Run(
            "bench-scale", "--corpus", "corpus", "--sizes", "4", "--work", "empty", "--queries", "queries.txt",
            "--reuse", "--warmup-s", "0", "--min-s", "0");

        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Error, Does.Contain("error:").And.Contain("holds no index to reuse"));
    }

    [TestCase("0")]
    [TestCase("10,abc")]
    [TestCase("5,5")]
    public void Sizes_that_are_not_distinct_positive_counts_are_a_usage_error(string sizes)
    {
        var bad = workspace.Run("bench-scale", "--corpus", "corpus", "--sizes", sizes, "--work", "other", "--queries", "queries.txt");

        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("--sizes takes comma-separated article counts"));
        Assert.That(Directory.Exists(Path.Combine(workspace.Root, "other")), Is.False);
    }

    private static int Total(CliRun search)
    {
        Assert.That(search.ExitCode, Is.EqualTo(0), search.Error);
        using var json = JsonDocument.Parse(search.Out);
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
