using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>axe-core over the portal's kinds of page (with the facets drawer open, value search matches or none, a year range), in both interface languages, on a desktop and a phone screen: no violation at all.</summary>
public class AccessibilityTests : BrowserFixture
{
    private static readonly string[] Paths =
    [
        "/",
        "/?q=Kazakhstan&country=China&format=China%E2%80%93Central+Asia",
        "/?year=2019..2024&facet=country&prefix=Kas",
        "/?facet=official&prefix=Zzyzx",
        "/articles/" + SampleArticles.AlmatyGerman + "?q=Almaty",
        "/articles/" + SampleArticles.TokayevXiCall,
        "/no-such-page",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from path in Paths
        from language in new[] { "en", "de" }
        from width in new[] { 1280, 390 }
        select new TestCaseData(path, language, width).SetName($"Axe_finds_no_violation_on {path} in {language} at {width} px");

    [TestCaseSource(nameof(Cases))]
    public async Task Axe_finds_no_violation(string path, string language, int width)
    {
        await Page.SetViewportSizeAsync(width, width < 600 ? 844 : 900);
        var url = Url(path) + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "ui=" + language;
        await Page.GotoAsync(url);
        Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo(language));

        // On a phone the filters are a closed drawer: open it as a reader would, so that axe sees the facets, the
        // timeline and its form there too.
        var drawer = Page.Locator("details#filters");
        if (await drawer.CountAsync() > 0 && !await drawer.EvaluateAsync<bool>("d => d.open"))
        {
            await drawer.Locator(":scope > summary").ClickAsync();
            Assert.That(await drawer.EvaluateAsync<bool>("d => d.open"), Is.True);
        }

        var result = await Page.RunAxe();
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => n.Target + " " + n.Html)));
        Assert.That(violations, Is.Empty, url);
        Assert.That(result.Passes, Is.Not.Empty, "axe ran its rules");
    }
}
