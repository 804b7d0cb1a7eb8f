using System.IO.Compression;
using System.Text.Json;
using SearchPortal.Search.Json;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>search --top and --export, over an index of the real Central Asia corpus (483 articles: more than a page).</summary>
public sealed class SearchExportCommandTests
{
    private Workspace workspace = null!;
    private string corpus = null!;
    private CliRun rebuild = null!;

    [OneTimeSetUp]
    public void BuildCentralAsiaIndex()
    {
        corpus = RepositoryLocator.SharedCorpus("centralasia_en");
        workspace = new Workspace();
        rebuild = workspace.Run("rebuild", "--source", corpus, "--index", "index");
        Assert.That(rebuild.ExitCode, Is.EqualTo(0), rebuild.Error);
    }

    [OneTimeTearDown]
    public void Cleanup() => workspace?.Dispose();

    [Test]
    public void Top_above_a_hundred_returns_that_many_hits_in_rank_order()
    {
        var run = workspace.Run("search", "--index", "index", "--top", "300", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.That(hits, Has.Count.EqualTo(300));
        Assert.That(hits.Select(h => h.GetProperty("id").GetString()).Distinct().Count(), Is.EqualTo(300));
        Assert.That(hits.Select(h => h.GetProperty("date").GetString()), Is.Ordered.Descending, "an empty query lists newest first");
    }

    [Test]
    public void Top_past_the_cap_is_refused_naming_the_range()
    {
        var run = workspace.Run("search", "--index", "index", "--top", "100001");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error, Does.Contain("--top takes a whole number from 1 to 100000"));
    }

    [Test]
    public void Export_writes_every_hit_as_csv_and_as_json_lines_in_the_same_order()
    {
        using var total = JsonDocument.Parse(workspace.Run("search", "Uzbekistan", "--index", "index", "--json").Out);
        var expected = total.RootElement.GetProperty("total").GetInt32();
        Assert.That(expected, Is.GreaterThan(100));

        var csv = workspace.Run("search", "Uzbekistan", "--index", "index", "--export", "csv");
        var jsonl = workspace.Run("search", "Uzbekistan", "--index", "index", "--export", "jsonl");

        Assert.That(csv.ExitCode, Is.EqualTo(0), csv.Error);
        Assert.That(jsonl.ExitCode, Is.EqualTo(0), jsonl.Error);
        var rows = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows[0], Is.EqualTo(string.Join(",", ExportRecord.Columns)));
        var objects = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.That(objects, Has.Count.EqualTo(expected));
        Assert.That(rows.Skip(1).Select(row => row[..row.IndexOf(',', StringComparison.Ordinal)]), Is.EqualTo(objects.Select(o => o.GetProperty("id").GetString())));
        Assert.That(objects.Select(o => o.GetProperty("url").GetString()), Has.Some.StartWith("http://en.kremlin.ru/"));
    }

    [Test]
    public void Export_with_top_writes_only_the_first_hits()
    {
        var run = workspace.Run("search", "--index", "index", "--export", "jsonl", "--top", "7");

        Assert.That(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(7));
    }

    [Test]
    public void Rebuild_progress_goes_to_standard_error_by_phase_with_the_number_of_articles_read()
    {
        var articles = CountRecords(corpus);

        Assert.That(rebuild.Error, Does.Contain($"reading: {articles:N0} articles in the sources"));
        Assert.That(rebuild.Error, Does.Contain($"indexing: {articles:N0}/{articles:N0} articles (100%)"));
        Assert.That(rebuild.Error, Does.Contain($"committing: all {articles:N0} articles read"));
        Assert.That(rebuild.Error, Does.Contain("checking: the new index before it goes live"));
        Assert.That(rebuild.Out, Does.Not.Contain("indexing:").And.Not.Contain("reading:"));
        Assert.That(rebuild.Out, Does.Contain($"{articles:N0} articles"), "the summary stays on standard output");
    }

    [Test]
    public void Rebuild_progress_names_committing_and_checking_as_separate_phases_in_order()
    {
        var phases = rebuild.Error.Split('\n').Select(line => line.Split(':')[0].Trim()).Where(phase => phase.Length > 0).Distinct().ToList();

        Assert.That(phases, Is.EqualTo(new[] { "reading", "indexing", "committing", "checking" }), rebuild.Error);
    }

    private static int CountRecords(string file)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            count += line.Trim().Length > 0 ? 1 : 0;
        }

        return count;
    }
}
