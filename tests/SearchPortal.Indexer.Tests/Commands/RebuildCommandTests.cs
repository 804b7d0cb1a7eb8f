namespace SearchPortal.Indexer.Tests.Commands;

public sealed class RebuildCommandTests
{
    [Test]
    public void Rebuild_of_the_sample_corpus_indexes_all_five_articles_and_summarises_them()
    {
        using var workspace = new Workspace();
        var run = workspace.Rebuild();

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("5 articles"));
        Assert.That(run.Out, Does.Contain("en 4").And.Contain("de 1"));
        Assert.That(run.Out, Does.Contain("Kazakhstan"));
        Assert.That(run.Out, Does.Contain("Skipped: none."));
        Assert.That(run.Error, Does.Contain("indexing: 5/5 articles"), "plain progress line on standard error when output is redirected");
        Assert.That(run.Out, Does.Not.Contain("indexing: "), "progress stays off standard output");
    }

    [Test]
    public void Skipped_files_are_listed_with_their_reason_and_the_run_goes_on()
    {
        using var workspace = new Workspace();
        File.WriteAllText(Path.Combine(workspace.Corpus, "empty.txt"), string.Empty);
        File.WriteAllBytes(Path.Combine(workspace.Corpus, "binary.txt"), [0x50, 0x4B, 0x00, 0x03, 0x00, 0xFF]);

        var run = workspace.Rebuild();

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("5 articles"));
        Assert.That(run.Out, Does.Contain("Skipped 2 input(s)"));
        Assert.That(run.Out, Does.Contain("empty").And.Contain("binary"));
    }

    [Test]
    public void Strict_mode_exits_7_when_input_was_skipped_but_still_switches_to_the_new_index()
    {
        using var workspace = new Workspace();
        File.WriteAllText(Path.Combine(workspace.Corpus, "empty.txt"), string.Empty);

        var run = workspace.Run("rebuild", "--source", "corpus", "--index", "index", "--strict");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.SkippedInStrictMode));
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(workspace.Run("search", "", "--index", "index", "--json").Out, Does.Contain("\"total\": 5"));
    }

    [Test]
    public void A_missing_source_is_a_one_line_error_with_exit_3_and_the_live_index_is_untouched()
    {
        using var workspace = new Workspace();
        workspace.Rebuild();

        var run = workspace.Run("rebuild", "--source", "no-such-folder", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.SourceMissing));
        Assert.That(run.Problems, Does.StartWith("error: source not found").And.Contain("no-such-folder"));
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(workspace.Run("search", "Tokayev", "--index", "index", "--json").Out, Does.Contain("003_c82291dc01c46bee"));
    }

    [Test]
    public void A_rebuild_that_indexes_nothing_fails_and_leaves_the_previous_index_serving()
    {
        using var workspace = new Workspace();
        workspace.Rebuild();
        var junk = Path.Combine(workspace.Root, "junk");
        Directory.CreateDirectory(junk);
        File.WriteAllText(Path.Combine(junk, "empty.txt"), string.Empty);

        var run = workspace.Run("rebuild", "--source", "junk", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(run.Error, Does.Contain("previous index keeps serving"));
        Assert.That(workspace.Run("search", "", "--index", "index", "--json").Out, Does.Contain("\"total\": 5"));
    }

    [Test]
    public void A_second_rebuild_while_one_holds_the_lock_is_refused_with_exit_5()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(Path.Combine(workspace.Root, "index"));
        using var held = new FileStream(Path.Combine(workspace.Root, "index", "rebuild.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var run = workspace.Rebuild();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.IndexBusy));
        Assert.That(run.Error, Does.Contain("another rebuild or update is running"));
    }

    [Test]
    public void An_invalid_vocabulary_file_is_a_one_line_error_with_exit_8()
    {
        using var workspace = new Workspace();
        File.WriteAllText(Path.Combine(workspace.Root, "vocabulary.json"), "{ not json");

        var run = workspace.Run("rebuild", "--source", "corpus", "--index", "index", "--vocabulary", "vocabulary.json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.VocabularyInvalid));
        Assert.That(run.Problems, Does.StartWith("error: vocabulary"));
    }
}
