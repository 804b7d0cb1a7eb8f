namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>An update never removes articles because a source came up empty or short, unless the archivist says so.</summary>
public sealed class UpdateRemovalTests
{
    [Test]
    public void An_update_from_an_empty_folder_is_refused_with_one_error_line_and_keeps_every_article()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        Directory.CreateDirectory(Path.Combine(workspace.Root, "empty"));

        var run = workspace.Run("update", "--source", "empty", "--index", "index", "--allow-removals");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.Out);
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Problems, Does.StartWith("error: The sources yielded no indexable article"));
        Assert.That(AllArticles(workspace), Does.Contain("\"total\": 5"));
        Assert.That(workspace.Run("search", "Tokayev", "--index", "index", "--json").Out, Does.Contain("003_c82291dc01c46bee"));
    }

    [Test]
    public void An_update_that_would_remove_more_than_10_percent_is_refused_naming_how_many_and_changes_nothing()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        File.Delete(Path.Combine(workspace.Corpus, "000_7f6be621419a60c4.txt"));
        WriteNewCall(workspace);

        var run = workspace.Run("update", "--source", "corpus", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.RemovalsRefused), run.Out + run.Error);
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Problems, Does.StartWith("error: The update would remove 1 of the 5 articles in the index (20 %), more than the 10 % allowed; nothing was changed.").And.Contain("--allow-removals"));
        var all = AllArticles(workspace);
        Assert.That(all, Does.Contain("\"total\": 5").And.Contain("000_7f6be621419a60c4").And.Not.Contain("new-call"));
    }

    [TestCase("--allow-removals")]
    [TestCase("--max-removals", "20")]
    public void An_update_told_to_allow_the_removals_makes_them_and_says_how_many(params string[] allowing)
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        File.Delete(Path.Combine(workspace.Corpus, "000_7f6be621419a60c4.txt"));
        WriteNewCall(workspace);

        var run = workspace.Run(["update", "--source", "corpus", "--index", "index", .. allowing]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("1 added, 0 replaced, 1 removed, 4 unchanged"));
        Assert.That(AllArticles(workspace), Does.Contain("new-call").And.Not.Contain("000_7f6be621419a60c4"));
    }

    [Test]
    public void A_lower_max_removals_than_the_share_going_is_refused()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        File.Delete(Path.Combine(workspace.Corpus, "000_7f6be621419a60c4.txt"));

        var run = workspace.Run("update", "--source", "corpus", "--index", "index", "--max-removals", "19.5");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.RemovalsRefused), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain("more than the 19.5 % allowed"));
    }

    [TestCase("150")]
    [TestCase("-1")]
    public void A_max_removals_outside_0_to_100_is_a_usage_error(string percent)
    {
        using var workspace = new Workspace();

        var run = workspace.Run("update", "--source", "corpus", "--index", "index", "--max-removals", percent);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error, Does.Contain("--max-removals takes a percentage from 0 to 100"));
    }

    [Test]
    public void An_article_whose_file_cannot_be_read_this_time_is_kept()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        File.WriteAllBytes(Path.Combine(workspace.Corpus, "003_c82291dc01c46bee.txt"), [0x50, 0x4B, 0x00, 0x03, 0x00, 0xFF]);

        var run = workspace.Run("update", "--source", "corpus", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("0 removed").And.Contain("binary file"));
        Assert.That(workspace.Run("search", "Tokayev", "--index", "index", "--json").Out, Does.Contain("003_c82291dc01c46bee"));
    }

    private static string AllArticles(Workspace workspace) => workspace.Run("search", "", "--index", "index", "--json", "--top", "50").Out;

    private static void WriteNewCall(Workspace workspace) =>
        File.WriteAllText(
            Path.Combine(workspace.Corpus, "new-call.txt"),
            "Tokayev and Mirziyoyev hold phone call\n\nPresident Kassym-Jomart Tokayev held a telephone conversation with President Shavkat Mirziyoyev of Uzbekistan on May 5, 2025.\n");
}
