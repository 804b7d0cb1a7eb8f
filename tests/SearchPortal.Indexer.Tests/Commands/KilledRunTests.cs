using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>
/// Rebuilds and updates of the real indexer process killed with SIGKILL (no cleanup runs) at several points: a complete
/// generation stays live, verifies and answers as before (or as the finished run, when the switch came first), and the
/// next rebuild removes what the killed runs left.
/// </summary>
[Platform(Include = "Linux,MacOsX", Reason = "sends SIGKILL with kill")]
public sealed class KilledRunTests
{
    // Enough for a run of several seconds on two cores, so that each kill point falls inside it.
    private const int GeneratedArticles = 8_000;

    // A generous bound on each wait, to end a hung run rather than to time it.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);


    /// <remarks>
    /// Kill points are fractions of the time a full run of the same command took just before, so they fall early, midway
    /// and late whatever the machine's load. A kill that lands after the switch (a loaded machine can be that slow) must
    /// leave the new generation live, complete and answering as a finished run does: never a half-built one, never none.
    /// </remarks>
    [Test]
    public void Rebuilds_and_updates_killed_at_several_points_leave_a_complete_generation_live_and_the_next_rebuild_cleans_up()
    {
        using var workspace = new Workspace();
        var index = Path.Combine(workspace.Root, "index");
        GeneratedJsonLines.Write(Path.Combine(workspace.Root, "large", "articles.jsonl"), GeneratedArticles, seed: 12);
        string[] rebuildArgs = ["rebuild", "--source", "corpus", "large", "--index", "index"];
        string[] updateArgs = ["update", "--source", "corpus", "large", "--index", "index", "--allow-removals"];

        // Full runs first: how long each takes here and now, and what a finished one answers.
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var before = Answer(workspace);
        var rebuildTime = Timed(workspace.Root, rebuildArgs);
        var after = Answer(workspace);
        Assert.That(after, Is.Not.EqualTo(before), "the large corpus changes the answer, so a switch can be told");

        foreach (var (args, duration) in new[] { (rebuildArgs, rebuildTime), (rebuildArgs, rebuildTime), (rebuildArgs, rebuildTime) }
            .Zip([0.15, 0.5, 0.9], (run, fraction) => (run.Item1, run.Item2 * fraction)))
        {
            // Back to the sample archive, so that a kill before the switch and a switch before the kill differ.
            Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
            AssertSafeAfterKill(workspace, args, duration, before, after);
        }

        var updateTime = Timed(workspace.Root, updateArgs);
        foreach (var fraction in new[] { 0.2, 0.6 })
        {
            Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
            AssertSafeAfterKill(workspace, updateArgs, updateTime * fraction, before, after);
        }

        // The next rebuild removes whatever the killed runs left: only the live and the previous generation stay.
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var current = File.ReadAllText(Path.Combine(index, "CURRENT")).Trim();
        Assert.That(Directory.GetDirectories(Path.Combine(index, "generations")), Has.Length.LessThanOrEqualTo(2));
        Assert.That(Directory.GetDirectories(Path.Combine(index, "generations")).Select(Path.GetFileName), Does.Contain(current));
        Assert.That(Directory.GetFiles(index, "CURRENT.*.tmp"), Is.Empty);
        Assert.That(Answer(workspace), Is.EqualTo(before));
    }

    private static void AssertSafeAfterKill(Workspace workspace, string[] args, TimeSpan after, string answerBefore, string answerAfter)
    {
        var index = Path.Combine(workspace.Root, "index");
        var live = File.ReadAllText(Path.Combine(index, "CURRENT"));
        var label = $"{args[0]} killed after {after.TotalSeconds:0.0} s";
        var killed = RunAndKill(workspace.Root, args, after);
        TestContext.Out.WriteLine(label + (killed ? "" : " (it had already finished)"));

        var verify = workspace.Run("verify", "--index", "index");
        Assert.That(verify.ExitCode, Is.EqualTo(0), $"{label}: {verify.Error}{verify.Out}");
        var answer = Answer(workspace);
        if (args[0] == "rebuild" && File.ReadAllText(Path.Combine(index, "CURRENT")) == live)
        {
            Assert.That(answer, Is.EqualTo(answerBefore), label + ", CURRENT unchanged");
        }
        else
        {
            // A rebuild switched in before the kill, or an update (which commits into the live generation, atomically)
            // committed before it: the whole new state or the whole old one, never part. A finished update holds the
            // same articles as the finished rebuild in other segments, where ties may order differently: totals compare.
            Assert.That(answer == answerBefore || Total(answer) == Total(answerAfter), Is.True, $"{label}: {answer}");
        }
    }

    private static string Total(string answer) => answer[..answer.IndexOf(':', StringComparison.Ordinal)];

    private static TimeSpan Timed(string root, string[] args)
    {
        var clock = Stopwatch.StartNew();
        var run = CliRun.InChildProcess(root, args);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        return clock.Elapsed;
    }

    /// <summary>The ids and total of one search, as a reader of the live generation sees them.</summary>
    private static string Answer(Workspace workspace)
    {
        var run = workspace.Run("search", "Kazakhstan", "--index", "index", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var ids = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString());
        return json.RootElement.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture) + ": " + string.Join(", ", ids);
    }

    /// <summary>Starts the indexer and kills it with SIGKILL after <paramref name="after"/>; false when it had ended already.</summary>
    private static bool RunAndKill(string root, string[] args, TimeSpan after)
    {
        using var indexer = IndexerProcess.Start(root, args);
        var output = indexer.StandardOutput.ReadToEndAsync();
        var error = indexer.StandardError.ReadToEndAsync();
        if (indexer.WaitForExit(after))
        {
            Assert.That(indexer.ExitCode, Is.EqualTo(0), $"{error.Result}{output.Result}");
            return false;
        }

        IndexerProcess.Signal("KILL", indexer.Id);
        Assert.That(indexer.WaitForExit(Patience), Is.True);
        return true;
    }
}
