namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>verify, stats, search and prune on roots without an index, with a broken CURRENT, or locked by a run.</summary>
public sealed class IndexLifecycleCommandTests
{
    [Test]
    public void Verify_without_an_index_exits_4_with_the_no_index_line_and_creates_nothing()
    {
        using var workspace = new Workspace();

        var run = workspace.Run("verify", "--index", "nothing-here");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.IndexUnavailable), run.Error);
        Assert.That(run.Problems.Trim(), Does.StartWith("error: no index at " + Path.Combine(workspace.Root, "nothing-here")));
        Assert.That(run.Out, Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(workspace.Root, "nothing-here")), Is.False);
    }

    [TestCase("verify")]
    [TestCase("stats")]
    [TestCase("search", "Tokayev")]
    [TestCase("prune")]
    public void A_garbage_current_is_one_error_line_naming_the_pointer_and_exit_4(params string[] command)
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        File.WriteAllText(Path.Combine(workspace.Root, "index", "CURRENT"), "garbage\n");

        var run = workspace.Run([.. command, "--index", "index"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.IndexUnavailable), run.Error);
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Problems, Does.StartWith("error: ").And.Contain("CURRENT names 'garbage', which is not a generation; rebuild the index"));
        Assert.That(run.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void A_current_naming_a_missing_generation_is_reported_and_a_rebuild_repairs_it()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        File.WriteAllText(Path.Combine(workspace.Root, "index", "CURRENT"), "g-20000101T000000000\n");

        var verify = workspace.Run("verify", "--index", "index");
        Assert.That(verify.ExitCode, Is.EqualTo(ExitCodes.IndexUnavailable));
        Assert.That(verify.Error, Does.Contain("names generation g-20000101T000000000, which does not exist"));

        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        Assert.That(workspace.Run("verify", "--index", "index").ExitCode, Is.EqualTo(0));
        Assert.That(Directory.GetDirectories(Path.Combine(workspace.Root, "index", "generations")), Has.Length.EqualTo(2), "the last good generation is kept");
    }

    [Test]
    public void Verify_while_a_run_holds_the_lock_waits_briefly_then_exits_5()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        using var held = new FileStream(Path.Combine(workspace.Root, "index", "rebuild.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var run = workspace.Run("verify", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.IndexBusy), run.Error);
        Assert.That(run.Problems, Does.StartWith("error: another rebuild or update"));
    }

    [Test]
    public void Prune_keeps_only_the_live_generation_and_says_what_it_deleted()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var generations = Path.Combine(workspace.Root, "index", "generations");
        var live = File.ReadAllText(Path.Combine(workspace.Root, "index", "CURRENT")).Trim();
        var previous = Directory.GetDirectories(generations).Select(Path.GetFileName).Single(g => g != live);

        var run = workspace.Run("prune", "--keep", "1", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out.Trim(), Is.EqualTo($"pruned: deleted {previous}; kept {live} (live: {live})"));
        Assert.That(Directory.GetDirectories(generations).Select(Path.GetFileName), Is.EqualTo(new[] { live }));
        Assert.That(workspace.Run("search", "", "--index", "index", "--json").Out, Does.Contain("\"total\": 5"));
    }

    [Test]
    public void Prune_keep_0_is_a_usage_error()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));

        var run = workspace.Run("prune", "--keep", "0", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error.Trim(), Is.EqualTo("error: --keep must be at least 1: the live generation is always kept (see: prune --help)"));
    }
}
