using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Benchmarking;

/// <summary>bench-index and bench-query as the peers harness calls them (shared/bench/peers/README.md, "The adapter contract").</summary>
public sealed class BenchCommandTests
{
    private static readonly string[] IndexKeys = ["peer", "phase", "docs", "text_bytes", "build_s", "lucenenet_version"];
    private static readonly string[] QueryKeys = ["peer", "phase", "variant", "threads", "queries", "wall_s", "cpu_s", "lat_ms"];

    private Workspace workspace = null!;
    private CliRun index = null!;
    private CliRun query = null!;

    [OneTimeSetUp]
    public void IndexAndQuery()
    {
        workspace = new Workspace();
        BenchCorpus.WriteCorpus(Path.Combine(workspace.Root, "corpus.jsonl.gz"));
        BenchCorpus.WriteQueries(Path.Combine(workspace.Root, "queries.txt"));
        index = workspace.Run("bench-index", "--corpus", "corpus.jsonl.gz", "--index", "bench");
        Assert.That(index.ExitCode, Is.EqualTo(0), index.Error);
        query = Query("--topids", "top.tsv");
        Assert.That(query.ExitCode, Is.EqualTo(0), query.Error);
    }

    [OneTimeTearDown]
    public void Cleanup() => workspace.Dispose();

    [Test]
    public void Bench_index_prints_only_the_harness_index_line_on_stdout()
    {
        var lines = Lines(index.Out);
        Assert.That(lines, Has.Count.EqualTo(1), index.Out);
        using var json = JsonDocument.Parse(lines[0]);
        var root = json.RootElement;

        Assert.That(Names(root), Is.EqualTo(IndexKeys));
        Assert.That(root.GetProperty("peer").GetString(), Is.EqualTo("searchportal"));
        Assert.That(root.GetProperty("phase").GetString(), Is.EqualTo("index"));
        Assert.That(root.GetProperty("docs").GetInt32(), Is.EqualTo(BenchCorpus.Articles.Length));
        Assert.That(root.GetProperty("text_bytes").GetInt64(), Is.EqualTo(BenchCorpus.TextBytes));
        Assert.That(root.GetProperty("build_s").GetDouble(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("lucenenet_version").GetString(), Is.EqualTo("4.8.0-beta00017"));
        Assert.That(index.Error, Does.Contain("bench-index: generation"));
    }

    [Test]
    public void Bench_query_prints_a_single_threaded_and_a_concurrent_line_per_variant()
    {
        var records = Records(query);

        Assert.That(records.Select(r => (r.GetProperty("variant").GetString(), r.GetProperty("threads").GetInt32())),
            Is.EqualTo(new[] { ("a", 1), ("a", 2), ("b", 1), ("b", 2), ("c", 1), ("c", 2) }));
        var n = BenchCorpus.Queries.Length;
        foreach (var record in records)
        {
            var single = record.GetProperty("threads").GetInt32() == 1;
            Assert.That(Names(record), Is.EqualTo(single ? [.. QueryKeys, "hits"] : QueryKeys));
            Assert.That(record.GetProperty("peer").GetString(), Is.EqualTo("searchportal"));
            Assert.That(record.GetProperty("phase").GetString(), Is.EqualTo("query"));
            var queries = record.GetProperty("queries").GetInt32();
            Assert.That(record.GetProperty("lat_ms").GetArrayLength(), Is.EqualTo(queries));
            Assert.That(queries % n, Is.Zero, "whole passes only");
            Assert.That(queries, Is.GreaterThanOrEqualTo(single ? n : 2 * n), "at least one pass per worker");
            Assert.That(record.GetProperty("lat_ms").EnumerateArray().Select(l => l.GetDouble()), Is.All.GreaterThan(0));
            Assert.That(record.GetProperty("wall_s").GetDouble(), Is.GreaterThan(0));
            Assert.That(record.GetProperty("cpu_s").GetDouble(), Is.GreaterThan(0), "the process's CPU time over the run");
        }
    }

    [Test]
    public void Bench_query_reports_the_cpu_time_the_bytes_allocated_and_the_garbage_collections_of_each_single_threaded_run()
    {
        var reports = query.Error.Split('\n').Where(l => l.Contains("1 thread:", StringComparison.Ordinal)).ToList();

        Assert.That(reports, Has.Count.EqualTo(3), query.Error);
        foreach (var report in reports)
        {
            var match = System.Text.RegularExpressions.Regex.Match(report, @"([0-9.]+) ms of CPU per query, ([0-9.]+) KB allocated per query, ([0-9]+) garbage collections pausing ([0-9]+) ms");
            Assert.That(match.Success, Is.True, report);
            Assert.That(double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0), report);
        }
    }

    [Test]
    public void Hits_count_articles_with_every_word_in_every_variant()
    {
        var expected = BenchCorpus.Queries.Select(q => q.Hits).ToArray();

        foreach (var record in Records(query).Where(r => r.GetProperty("threads").GetInt32() == 1))
        {
            Assert.That(record.GetProperty("hits").EnumerateArray().Select(h => h.GetInt32()), Is.EqualTo(expected),
                "variant " + record.GetProperty("variant").GetString());
        }
    }

    [Test]
    public void Hits_equal_the_search_command_with_the_words_joined_by_AND()
    {
        var hits = Records(query)[0].GetProperty("hits").EnumerateArray().Select(h => h.GetInt32()).ToList();

        for (var i = 0; i < BenchCorpus.Queries.Length; i++)
        {
            var anded = string.Join(" AND ", Terms(BenchCorpus.Queries[i].Query));
            Assert.That(hits[i], Is.EqualTo(SearchTotal(anded)), anded);
        }

        Assert.That(SearchTotal("grain exports"), Is.GreaterThan(hits[1]), "the portal's default ORs the words");
    }

    [Test]
    public void Topids_lists_the_first_pass_top_ids_of_variant_a_per_query_index()
    {
        var lines = File.ReadAllLines(Path.Combine(workspace.Root, "top.tsv"));

        Assert.That(lines, Has.Length.EqualTo(BenchCorpus.Queries.Length));
        for (var i = 0; i < lines.Length; i++)
        {
            var (number, ids) = (lines[i].Split('\t')[0], lines[i].Split('\t')[1]);
            Assert.That(number, Is.EqualTo(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(ids.Length == 0 ? 0 : ids.Split(',').Length, Is.EqualTo(BenchCorpus.Queries[i].Hits), lines[i]);
        }

        Assert.That(lines[0], Is.EqualTo("0\t" + string.Join(',', SearchIds("grain"))), "one word ranks as in the search command");
        Assert.That(lines[1], Is.EqualTo("1\ten-grain-1"));
        Assert.That(lines[5], Is.EqualTo("5\t"));
    }

    [Test]
    public void One_worker_skips_the_concurrent_runs_and_variants_pick_what_runs()
    {
        var run = workspace.Run("bench-query", "--index", "bench", "--queries", "queries.txt", "--warmup-s", "0", "--min-s", "0.01", "--workers", "1", "--variants", "b");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(Records(run).Select(r => (r.GetProperty("variant").GetString(), r.GetProperty("threads").GetInt32())),
            Is.EqualTo(new[] { ("b", 1) }));
    }

    [TestCase("--warmup", "-1", "--warmup takes a whole number of at least 0")]
    [TestCase("--workers", "0", "--workers takes a whole number of at least 1")]
    [TestCase("--min-s", "-2", "--min-s takes a number of seconds")]
    [TestCase("--warmup-s", "soon", "--warmup-s takes a number of seconds from 0 to 86400, not 'soon'")]
    [TestCase("--variants", "abd", "--variants takes some of the letters a, b, c")]
    public void Bad_query_options_are_usage_errors(string option, string value, string message)
    {
        var run = workspace.Run("bench-query", "--index", "bench", "--queries", "queries.txt", option, value);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain(message));
    }

    [Test]
    public void Missing_inputs_get_their_documented_exit_codes()
    {
        File.WriteAllText(Path.Combine(workspace.Root, "blank.txt"), "\n  \n");

        Expect(workspace.Run("bench-query", "--index", "bench", "--queries", "absent.txt"), 3, "query file not found");
        Expect(workspace.Run("bench-query", "--index", "blank.txt", "--queries", "blank.txt"), 2, "holds no queries");
        Expect(workspace.Run("bench-query", "--index", "nowhere", "--queries", "queries.txt"), 4, "no index at");
        Expect(workspace.Run("bench-query", "--index", "bench", "--queries", "queries.txt", "--topids", "no/such/dir/top.tsv"), 2, "does not exist");
        Expect(workspace.Run("bench-index", "--corpus", "absent.jsonl.gz", "--index", "other"), 3, "corpus not found");
        Expect(workspace.Run("bench-index", "--corpus", "queries.txt", "--index", "other"), 2, "--corpus takes a .jsonl or .jsonl.gz file");
        Expect(workspace.Run("bench-index", "--corpus", "corpus.jsonl.gz"), 2, "--index");
    }

    private CliRun Query(params string[] extra) => workspace.Run(
        ["bench-query", "--index", "bench", "--queries", "queries.txt", "--warmup", "1", "--warmup-s", "0", "--min-s", "0", "--workers", "2", .. extra]);

    private int SearchTotal(string text)
    {
        using var json = SearchJson(text);
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private List<string> SearchIds(string text)
    {
        using var json = SearchJson(text);
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }

    // The benchmark matches the words as typed, like its peers; the search command translates them unless told not to.
    private JsonDocument SearchJson(string text)
    {
        var run = workspace.Run("search", text, "--index", "bench", "--json", "--no-translate");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        return JsonDocument.Parse(run.Out);
    }

    private static void Expect(CliRun run, int code, string message)
    {
        Assert.That(run.ExitCode, Is.EqualTo(code), run.Error);
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain(message));
    }

    /// <summary>The words and quoted phrases of a harness query, each as written.</summary>
    private static IEnumerable<string> Terms(string query) =>
        System.Text.RegularExpressions.Regex.Matches(query, "\"[^\"]*\"|\\S+").Select(m => m.Value);

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];

    private static List<JsonElement> Records(CliRun run) =>
        [.. Lines(run.Out).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
