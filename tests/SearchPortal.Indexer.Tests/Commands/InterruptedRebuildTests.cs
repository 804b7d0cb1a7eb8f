using System.Diagnostics;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>Ctrl+C during a rebuild, sent as SIGINT to the real indexer process.</summary>
[Platform(Include = "Linux,MacOsX", Reason = "sends SIGINT with kill")]
public sealed class InterruptedRebuildTests
{
    // Far more than the few seconds the test lets the rebuild run before interrupting it.
    private const int GeneratedArticles = 20_000;


    [Test]
    public void Ctrl_c_during_a_rebuild_deletes_the_new_generation_says_so_and_exits_130()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var generations = Path.Combine(workspace.Root, "index", "generations");
        var previous = Directory.GetDirectories(generations).Select(Path.GetFileName).ToList();
        var current = File.ReadAllText(Path.Combine(workspace.Root, "index", "CURRENT"));
        GeneratedJsonLines.Write(Path.Combine(workspace.Root, "large", "articles.jsonl"), GeneratedArticles, seed: 9);

        using var indexer = IndexerProcess.Start(workspace.Root, "rebuild", "--source", "large", "--index", "index");
        var output = indexer.StandardOutput.ReadToEndAsync();
        WaitForIndexingProgress(indexer);
        var error = indexer.StandardError.ReadToEndAsync();
        IndexerProcess.Signal("INT", indexer.Id);
        Assert.That(indexer.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the indexer ends after Ctrl+C");

        Assert.That(indexer.ExitCode, Is.EqualTo(ExitCodes.Interrupted), error.Result + output.Result);
        Assert.That(new CliRun(indexer.ExitCode, output.Result, error.Result).Problems.Trim(), Is.EqualTo("error: interrupted; the previous index keeps serving"));
        Assert.That(Directory.GetDirectories(generations).Select(Path.GetFileName), Is.EqualTo(previous));
        Assert.That(File.ReadAllText(Path.Combine(workspace.Root, "index", "CURRENT")), Is.EqualTo(current));
        Assert.That(File.Exists(Path.Combine(workspace.Root, "index", "rebuild.lock")) && CanLock(Path.Combine(workspace.Root, "index", "rebuild.lock")), Is.True, "the lock is released");
        Assert.That(workspace.Run("search", "", "--index", "index", "--json").Out, Does.Contain("\"total\": 5"));
    }

    /// <summary>Waits for the first plain progress line on standard error, written once indexing has run for a while.</summary>
    private static void WaitForIndexingProgress(Process indexer)
    {
        while (indexer.StandardError.ReadLine() is { } line)
        {
            if (line.StartsWith("indexing: ", StringComparison.Ordinal))
            {
                TestContext.Out.WriteLine("interrupted at " + line);
                return;
            }
        }

        Assert.Fail("the indexer ended before it reported any progress");
    }

    private static bool CanLock(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        return true;
    }

}
