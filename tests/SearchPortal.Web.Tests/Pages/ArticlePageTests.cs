using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

public class ArticlePageTests : PortalFixture
{
    private const string TokayevCall = "/articles/" + SampleArticles.TokayevXiCall;

    [Test]
    public async Task The_article_shows_its_title_date_language_source_and_cleaned_text()
    {
        var page = await PageAsync(TokayevCall);

        Assert.That(Text(page.QuerySelector("h1")), Is.EqualTo("Kazakh President holds telephone conversation with President of China"));
        Assert.That(page.QuerySelector(".article__meta time")!.GetAttribute("datetime"), Is.EqualTo("2021-06-02"));
        Assert.That(Text(page.QuerySelector(".article__meta time")), Is.EqualTo("2 June 2021"));
        Assert.That(page.QuerySelector(".article__meta")!.TextContent, Does.Contain("English").And.Contain("Kazinform"));
        Assert.That(page.QuerySelector(".article__text")!.TextContent, Does.Contain("telephone conversation with President Xi Jinping"));
        Assert.That(page.QuerySelector("title")!.TextContent, Does.StartWith("Kazakh President holds telephone conversation"));
    }

    [Test]
    public async Task Each_facet_value_links_to_a_filtered_search_and_carries_its_evidence_for_hover_and_focus()
    {
        var page = await PageAsync(TokayevCall);

        var tokayev = page.QuerySelectorAll("li.evidence").Single(li => Text(li.QuerySelector(".evidence__value")) == "Kassym-Jomart Tokayev");
        Assert.That(tokayev.QuerySelector("a.evidence__value")!.GetAttribute("href"), Is.EqualTo("/?official=Kassym-Jomart%20Tokayev"));
        var button = tokayev.QuerySelector("button.evidence__toggle")!;
        var tip = page.GetElementById(button.GetAttribute("aria-describedby")!)!;
        Assert.That(tip.GetAttribute("role"), Is.EqualTo("tooltip"));
        Assert.That(tip.QuerySelectorAll("q").Select(q => q.TextContent), Has.Some.Contains("Tokayev"));

        var countries = page.QuerySelectorAll("li.evidence a.evidence__value").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(countries, Does.Contain("/?country=China"));
        Assert.That(countries, Does.Contain("/?country=Kazakhstan"));
    }

    [TestCase(SampleArticles.TokayevXiCall)]
    [TestCase(SampleArticles.AlmatyGerman)]
    public async Task Each_facet_value_of_an_article_searches_the_archive_and_finds_the_article(string id)
    {
        var page = await PageAsync("/articles/" + id);

        var searches = page.QuerySelectorAll("li.evidence a.evidence__value").Select(a => a.GetAttribute("href")!).ToList();
        Assert.That(searches, Is.Not.Empty);
        foreach (var search in searches)
        {
            var results = await PageAsync(search);
            var found = results.QuerySelectorAll("ol.hits .hit__title a").Select(a => a.GetAttribute("href")).ToList();
            Assert.That(found, Does.Contain("/articles/" + id), search);
        }
    }

    [Test]
    public async Task Coming_from_a_search_marks_the_query_terms_in_the_text()
    {
        var page = await PageAsync(TokayevCall + "?q=telephone");

        var marks = page.QuerySelectorAll(".article__text mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.That(marks, Is.Not.Empty);
        Assert.That(marks, Is.All.StartsWith("telephone"));
        Assert.That(page.QuerySelector(".article__back a")!.GetAttribute("href"), Is.EqualTo("/?q=telephone"));
    }

    [Test]
    public async Task Related_articles_are_listed_without_the_article_itself()
    {
        var page = await PageAsync(TokayevCall);

        var related = page.QuerySelectorAll(".related__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(related, Is.Not.Empty);
        Assert.That(related, Does.Not.Contain(TokayevCall));
        Assert.That(related, Is.All.StartsWith("/articles/"));
    }

    [TestCase("/articles/no-such-article")]
    [TestCase("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task An_unknown_article_gets_a_friendly_404_page(string url)
    {
        var page = await PageAsync(url, expectedStatus: 404);

        Assert.That(Text(page.QuerySelector("h1")), Is.EqualTo("This page is not in the archive"));
        Assert.That(page.QuerySelector("header form[role=search] input[name=q]"), Is.Not.Null);
    }

    [Test]
    public async Task An_unknown_address_gets_the_same_friendly_404_page()
    {
        var page = await PageAsync("/no/such/page", expectedStatus: 404);

        Assert.That(Text(page.QuerySelector("h1")), Is.EqualTo("This page is not in the archive"));
    }
}
