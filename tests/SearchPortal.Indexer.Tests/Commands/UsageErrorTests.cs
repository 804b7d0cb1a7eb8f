namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>Command lines the CLI cannot run: one line on standard error, exit code 2.</summary>
public sealed class UsageErrorTests
{
    private Workspace workspace = null!;

    [SetUp]
    public void NewWorkspace() => workspace = new Workspace();

    [TearDown]
    public void Cleanup() => workspace.Dispose();

    [TestCase("serach", "search")]
    [TestCase("rebiuld", "rebuild")]
    public void A_mistyped_command_gets_a_did_you_mean(string typed, string meant)
    {
        var run = workspace.Run(typed, "Tokayev");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error.TrimEnd(), Is.EqualTo($"error: '{typed}' is not a command or option here; did you mean '{meant}'? (see: --help)"));
    }

    [Test]
    public void A_mistyped_option_gets_a_did_you_mean()
    {
        var run = workspace.Run("search", "Tokayev", "--tpo", "5");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error, Does.Contain("'--tpo' is not a command or option here; did you mean '--top'?"));
    }

    [TestCase("--top", "abc", "a whole number")]
    [TestCase("--top", "1.5", "a whole number")]
    public void A_malformed_option_value_names_the_option_and_the_form_expected(string option, string value, string form)
    {
        var run = workspace.Run("search", "Tokayev", option, value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error.TrimEnd(), Is.EqualTo($"error: {option} takes {form}, not '{value}' (see: search --help)"));
        Assert.That(run.Error, Does.Not.Contain("System."));
    }

    [Test]
    public void A_malformed_percentage_names_its_option()
    {
        var run = workspace.Run("update", "--source", "corpus", "--max-removals", "lots");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error, Does.Contain("--max-removals takes a number, not 'lots'"));
    }

    [Test]
    public void An_unknown_export_format_lists_the_ones_there_are()
    {
        var run = workspace.Run("search", "Tokayev", "--export", "xml");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error, Does.Contain("xml").And.Contain("csv").And.Contain("jsonl"));
    }
}
