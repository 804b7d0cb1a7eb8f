using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>A .jsonl.gz cut short or corrupt, and an oversized JSON Lines record, fed to rebuild and update as an archivist would.</summary>
public sealed class BrokenSourceTests
{
    private const int GeneratedArticles = 300;

    private static readonly string[] Words =
    [
        "Kazakhstan", "Uzbekistan", "Tajikistan", "ministers", "summit", "water", "energy", "railway", "Caspian", "corridor",
        "investment", "security", "Samarkand", "Astana", "Tashkent", "agreement", "border", "trade", "glacier", "pipeline",
    ];

    public enum Damage
    {
        CutInHalf,
        GarbageInTheMiddle,
    }

    [TestCase(Damage.CutInHalf, "the gzip data ends early (the file is cut short)")]
    [TestCase(Damage.GarbageInTheMiddle, "could not be read to its end")]
    public void A_rebuild_over_a_broken_gz_fails_with_one_error_line_and_the_previous_index_answers_the_same(Damage damage, string problem)
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var before = Snapshot(workspace);
        var broken = WriteBrokenFeed(workspace, damage);

        var run = workspace.Run("rebuild", "--source", "corpus", "feed", "--index", "index");

        AssertRefusedKeepingTheIndex(workspace, run, before, broken, problem);
    }

    [TestCase(Damage.CutInHalf, "the gzip data ends early (the file is cut short)")]
    [TestCase(Damage.GarbageInTheMiddle, "could not be read to its end")]
    public void A_rebuild_over_a_broken_gz_fails_with_strict_too(Damage damage, string problem)
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var before = Snapshot(workspace);
        var broken = WriteBrokenFeed(workspace, damage);

        var run = workspace.Run("rebuild", "--source", "corpus", "feed", "--index", "index", "--strict");

        AssertRefusedKeepingTheIndex(workspace, run, before, broken, problem);
    }

    [TestCase(Damage.CutInHalf, "the gzip data ends early (the file is cut short)")]
    [TestCase(Damage.GarbageInTheMiddle, "could not be read to its end")]
    public void An_update_over_a_broken_gz_fails_with_one_error_line_and_changes_nothing(Damage damage, string problem)
    {
        using var workspace = new Workspace();
        var whole = WriteFeed(Path.Combine(workspace.Root, "feed", "articles.jsonl.gz"));
        Assert.That(workspace.Run("rebuild", "--source", "corpus", "feed", "--index", "index").ExitCode, Is.EqualTo(0));
        var before = Snapshot(workspace);
        Assert.That(before.All, Does.Contain($"\"total\": {GeneratedArticles + 5}"));
        File.AppendAllText(Path.Combine(workspace.Corpus, "004_693447a3f6ff537d.txt"), "\n\nThe leaders also discussed a quartzite quarry.\n");
        Break(whole, damage);

        var run = workspace.Run("update", "--source", "corpus", "feed", "--index", "index");

        AssertRefusedKeepingTheIndex(workspace, run, before, whole, problem);
        Assert.That(workspace.Run("search", "quartzite", "--index", "index", "--json").Out, Does.Contain("\"total\": 0"), "the changed article was not committed either");
    }

    [Test]
    public void A_cut_seeds_gz_from_the_shared_corpus_is_refused_like_a_generated_one()
    {
        var seeds = Path.GetFullPath(Path.Combine(Workspace.RepositoryRoot, "..", "shared", "corpus", "seeds", "articles.jsonl.gz"));
        if (!File.Exists(seeds))
        {
            Assert.Ignore("Shared seeds corpus not present; the generated variants above cover the same.");
        }

        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var before = Snapshot(workspace);
        var bytes = File.ReadAllBytes(seeds);
        var cut = Path.Combine(workspace.Root, "feed", "seeds.jsonl.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(cut)!);
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 3)]);

        var run = workspace.Run("rebuild", "--source", "feed", "--index", "index");

        AssertRefusedKeepingTheIndex(workspace, run, before, cut, "cut short");
    }

    [Test]
    public void An_update_over_a_cut_gz_in_its_own_process_exits_1_without_a_stack_trace_and_verify_passes()
    {
        using var workspace = new Workspace();
        var whole = WriteFeed(Path.Combine(workspace.Root, "feed", "articles.jsonl.gz"));
        Assert.That(workspace.Run("rebuild", "--source", "corpus", "feed", "--index", "index").ExitCode, Is.EqualTo(0));
        var before = Snapshot(workspace);
        Break(whole, Damage.CutInHalf);

        var run = CliRun.InChildProcess(workspace.Root, "update", "--source", "corpus", "feed", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.Error);
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Problems, Does.StartWith("error: ").And.Contain("cut short").And.Not.Contain("   at "));
        var verify = CliRun.InChildProcess(workspace.Root, "verify", "--index", "index");
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Out + verify.Error);
        Assert.That(Snapshot(workspace), Is.EqualTo(before));
    }

    [Test]
    public void A_json_lines_record_over_10_MB_is_skipped_with_its_id_and_line_and_the_others_are_indexed()
    {
        using var workspace = new Workspace();
        var feed = Path.Combine(workspace.Root, "feed", "articles.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(feed)!);
        using (var writer = new StreamWriter(feed, append: false, new UTF8Encoding(false)))
        {
            writer.WriteLine("""{"id":"before-huge","title":"Water talks in Dushanbe","text":"Tajikistan and Uzbekistan discussed the Rogun dam in Dushanbe."}""");
            writer.Write("""{"id":"huge","title":"Huge","text":" """);
            var chunk = string.Concat(Enumerable.Repeat("summit water energy ", 5_000));
            for (var written = 0L; written <= 11_000_000; written += chunk.Length)
            {
                writer.Write(chunk);
            }

            writer.WriteLine("\"}");
            writer.WriteLine("""{"id":"after-huge","title":"Railway corridor","text":"Kazakhstan opened the railway corridor to the Caspian port."}""");
        }

        var run = workspace.Run("rebuild", "--source", "corpus", "feed", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("7 articles").And.Contain("Skipped 1 input(s)"));
        Assert.That(run.Out, Does.Contain(feed + ":2").And.Contain("huge").And.Contain("record larger than the 10 MB limit"));
        var found = workspace.Run("search", "Rogun railway", "--index", "index", "--json").Out;
        Assert.That(found, Does.Contain("before-huge").And.Contain("after-huge"));
    }

    private static void AssertRefusedKeepingTheIndex(Workspace workspace, CliRun run, IndexSnapshot before, string broken, string problem)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.Out + run.Error);
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Problems, Does.StartWith($"error: {broken} could not be read to its end").And.Contain(problem).And.Contain("previous index keeps serving"));
        Assert.That(Snapshot(workspace), Is.EqualTo(before));
    }

    /// <summary>What the live index is and answers: CURRENT, the generation folders, and the results of a few searches.</summary>
    private static IndexSnapshot Snapshot(Workspace workspace)
    {
        var index = Path.Combine(workspace.Root, "index");
        return new IndexSnapshot(
            File.ReadAllText(Path.Combine(index, "CURRENT")),
            string.Join(",", Directory.GetDirectories(Path.Combine(index, "generations")).Select(Path.GetFileName).Order(StringComparer.Ordinal)),
            workspace.Run("search", "", "--index", "index", "--json", "--top", "500").Out,
            workspace.Run("search", "Tokayev Kazakhstan", "--index", "index", "--json").Out);
    }

    private static string WriteBrokenFeed(Workspace workspace, Damage damage)
    {
        var path = WriteFeed(Path.Combine(workspace.Root, "feed", "articles.jsonl.gz"));
        Break(path, damage);
        return path;
    }

    private static void Break(string path, Damage damage)
    {
        var bytes = File.ReadAllBytes(path);
        if (damage == Damage.CutInHalf)
        {
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            return;
        }

        new Random(11).NextBytes(bytes.AsSpan(bytes.Length / 2, 256));
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Generated articles of varied words, gzipped: long enough to be cut in the middle of compressed data.</summary>
    private static string WriteFeed(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(7);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        for (var i = 0; i < GeneratedArticles; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 80).Select(_ => Words[random.Next(Words.Length)]));
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = "generated/" + i,
                ["title"] = $"{Words[i % Words.Length]} talks, meeting {i}",
                ["text"] = text + ".",
                ["lang"] = "en",
                ["date"] = "2024-05-01",
            }));
        }

        return path;
    }

    private sealed record IndexSnapshot(string Current, string Generations, string All, string Tokayev);
}
