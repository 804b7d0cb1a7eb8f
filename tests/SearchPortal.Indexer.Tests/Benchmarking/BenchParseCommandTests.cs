using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Benchmarking;

/// <summary>bench-parse: the parser's time per query, with and without translation, over a query file of real questions.</summary>
public sealed class BenchParseCommandTests
{
    private Workspace workspace = null!;

    [OneTimeSetUp]
    public void WriteQueries()
    {
        workspace = new Workspace();
        File.WriteAllLines(Path.Combine(workspace.Root, "queries.txt"),
        [
            "Gipfel",
            "Eisenbahn Kirgisistan",
            "\"C5+1\" Blinken",
            "Wie viele Einwohner hat die Hauptstadt Kasachstans?",
            "president joseph biden country:Kazakhstan year:2024",
        ]);
    }

    [OneTimeTearDown]
    public void Cleanup() => workspace.Dispose();

    [Test]
    public void Bench_parse_prints_microseconds_per_query_with_and_without_translation_and_the_slowest_queries()
    {
        var run = workspace.Run("bench-parse", "--queries", "queries.txt", "--passes", "3");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("typed and translated").And.Contain("typed only").And.Contain("slowest queries"));
        using var json = JsonDocument.Parse(run.Out.Split('\n').Single(line => line.StartsWith('{')));
        var root = json.RootElement;
        Assert.That((root.GetProperty("phase").GetString(), root.GetProperty("queries").GetInt32(), root.GetProperty("passes").GetInt32()),
            Is.EqualTo(("parse", 5, 3)));
        Assert.That(root.GetProperty("translated_us").GetProperty("p50").GetDouble(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("typed_us").GetProperty("mean").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public void Bench_parse_without_its_query_file_says_so_with_the_missing_source_exit_code()
    {
        var run = workspace.Run("bench-parse", "--queries", "nowhere.txt");

        Assert.That(run.ExitCode, Is.EqualTo(3), run.Out);
        Assert.That(run.Error, Does.Contain("query file not found"));
    }
}
