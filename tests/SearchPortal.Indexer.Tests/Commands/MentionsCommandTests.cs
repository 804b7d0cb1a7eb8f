using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>
/// The CLI over the five seed articles: --country, --format and --official find the articles about a value, --mentions
/// widens them to articles that only mention it, and show prints both groups. Seed 003 is the Kazakhstan–China call
/// that names "US troops" and the SCO once.
/// </summary>
public sealed class MentionsCommandTests
{
    private const string Call = "003_c82291dc01c46bee";
    private Workspace workspace = null!;

    [OneTimeSetUp]
    public void BuildSampleIndex()
    {
        workspace = new Workspace();
        var run = workspace.Rebuild();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
    }

    [OneTimeTearDown]
    public void Cleanup() => workspace.Dispose();

    [Test]
    public void Search_filters_by_what_an_article_is_about_and_mentions_widens_it()
    {
        Assert.That(Ids("--country", "United States"), Is.EqualTo(new[] { "002_378c99c8703b252f" }));
        Assert.That(Ids("--country", "United States", "--mentions"), Is.EquivalentTo(new[] { "002_378c99c8703b252f", Call }));
        Assert.That(Ids("--format", "SCO"), Is.Empty);
        Assert.That(Ids("--format", "SCO", "--mentions"), Is.EqualTo(new[] { Call }));
    }

    [Test]
    public void Show_prints_the_values_the_call_is_about_before_those_it_only_mentions()
    {
        var run = workspace.Run("show", Call, "--index", "index");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var about = run.Out.IndexOf("About", StringComparison.Ordinal);
        var mentioned = run.Out.IndexOf("Also mentioned", StringComparison.Ordinal);
        Assert.That(about, Is.GreaterThanOrEqualTo(0));
        Assert.That(mentioned, Is.GreaterThan(about));
        Assert.That(run.Out.IndexOf("  Bilateral", about, StringComparison.Ordinal), Is.InRange(about, mentioned));
        Assert.That(run.Out.IndexOf("  United States", about, StringComparison.Ordinal), Is.GreaterThan(mentioned));
        Assert.That(run.Out.IndexOf("  SCO", about, StringComparison.Ordinal), Is.GreaterThan(mentioned));
    }

    [Test]
    public void Show_json_keeps_both_groups_with_their_evidence()
    {
        var run = workspace.Run("show", Call, "--index", "index", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("facets").GetProperty("format").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "Bilateral" }));
        Assert.That(root.GetProperty("evidence").GetProperty("country").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "Kazakhstan", "China" }));
        Assert.That(root.GetProperty("mentions").GetProperty("country").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "United States", "Afghanistan" }));
        Assert.That(root.GetProperty("mentions").GetProperty("format").GetProperty("CICA")[0].GetString(), Does.Contain("(CICA)"));
    }

    private string[] Ids(params string[] options)
    {
        var run = workspace.Run(["search", "", "--index", "index", "--json", "--top", "50", .. options]);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
    }
}
