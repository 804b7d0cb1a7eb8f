using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// The portal over the five seed articles: country, format and official filters find the articles about a value, a
/// visible switch (mentions=1) widens them to articles that only mention it, result cards show about-values only and
/// the article page shows both groups. Seed 003 is the Kazakhstan–China call that names "US troops" once.
/// </summary>
public class MentionsScopePageTests : PortalFixture
{
    private static List<string?> Hits(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("ol.hits .hit__title a").Select(a => a.GetAttribute("href"))];

    [Test]
    public async Task A_country_filter_finds_the_articles_about_it_until_the_switch_widens_it_to_mentions()
    {
        var about = await PageAsync("/?country=United%20States");
        Assert.That(Hits(about), Is.EqualTo(new[] { "/articles/" + SampleArticles.BlinkenC5Plus1 }));

        var toggle = about.QuerySelector(".facets__scope a")!;
        Assert.That(Text(toggle), Is.EqualTo("Include articles that only mention them"));
        var widened = await PageAsync(toggle.GetAttribute("href")!);
        Assert.That(Hits(widened), Is.EquivalentTo(new[] { "/articles/" + SampleArticles.BlinkenC5Plus1, "/articles/" + SampleArticles.TokayevXiCall }));
        Assert.That(widened.QuerySelector(".facets__scope")!.GetAttribute("data-scope"), Is.EqualTo("mentions"));
        Assert.That(widened.QuerySelector("form.search-form input[name=mentions]")?.GetAttribute("value"), Is.EqualTo("1"), "a new query keeps the scope");

        var back = widened.QuerySelector(".facets__scope a")!;
        Assert.That(Hits(await PageAsync(back.GetAttribute("href")!)), Is.EqualTo(new[] { "/articles/" + SampleArticles.BlinkenC5Plus1 }));
    }

    [Test]
    public async Task The_result_card_of_the_call_shows_only_the_countries_and_format_it_is_about()
    {
        var page = await PageAsync("/?official=Xi%20Jinping");
        var card = page.QuerySelectorAll("li.hit").Single(li => li.QuerySelector(".hit__title a")!.GetAttribute("href") == "/articles/" + SampleArticles.TokayevXiCall);
        var tags = card.QuerySelectorAll(".hit-facets .tag").Select(Text).ToList();
        Assert.That(tags, Does.Contain("Kazakhstan").And.Contain("China").And.Contain("Bilateral"));
        Assert.That(tags, Does.Not.Contain("United States").And.Not.Contain("SCO").And.Not.Contain("CICA"));
    }

    [Test]
    public async Task The_article_page_shows_About_and_Also_mentioned_each_value_with_its_evidence()
    {
        var page = await PageAsync("/articles/" + SampleArticles.TokayevXiCall);
        var about = page.QuerySelector(".article-facets__group[data-role=about]")!;
        var mentioned = page.QuerySelector(".article-facets__group[data-role=mentioned]")!;
        Assert.That(Text(about.QuerySelector("h3")), Is.EqualTo("About"));
        Assert.That(Text(mentioned.QuerySelector("h3")), Is.EqualTo("Also mentioned"));

        var aboutValues = about.QuerySelectorAll("a.evidence__value").Select(Text).ToList();
        Assert.That(aboutValues, Does.Contain("Kazakhstan").And.Contain("China").And.Contain("Bilateral").And.Contain("Kassym-Jomart Tokayev"));
        Assert.That(aboutValues, Does.Not.Contain("United States"));

        var us = mentioned.QuerySelectorAll("li.evidence").Single(li => Text(li.QuerySelector(".evidence__value")) == "United States");
        Assert.That(us.QuerySelector("a.evidence__value")!.GetAttribute("href"), Is.EqualTo("/?country=United%20States&mentions=1"));
        var tip = page.GetElementById(us.QuerySelector("button.evidence__toggle")!.GetAttribute("aria-describedby")!)!;
        Assert.That(tip.QuerySelectorAll("q").Select(q => q.TextContent), Has.Some.Contains("withdrawal of US troops from Afghanistan"));
        Assert.That(mentioned.QuerySelectorAll("a.evidence__value").Select(Text), Does.Contain("SCO").And.Contain("CICA"));
    }
}
