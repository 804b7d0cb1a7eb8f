using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>An official's office beside the name on the article page: in German in the German interface, English otherwise.</summary>
public class OfficePageTests : PortalFixture
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Without cookies, so that the language of one request never carries over to the next.</summary>
    private async Task<IHtmlDocument> ArticleAsync(string id, string ui)
    {
        using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return Parser.ParseDocument(await client.GetStringAsync($"/articles/{id}?ui={ui}"));
    }

    private static AngleSharp.Dom.IElement Office(IHtmlDocument page, string official) =>
        page.QuerySelectorAll("li.evidence").First(li => Text(li.QuerySelector(".evidence__value")) == official).QuerySelector(".evidence__detail")!;

    [Test]
    public async Task The_german_article_page_shows_an_officials_office_in_german_with_the_country_in_the_genitive()
    {
        var page = await ArticleAsync(SampleArticles.TokayevXiCall, "de");

        var tokayev = Office(page, "Kassym-Jomart Tokayev");
        Assert.That(Text(tokayev), Is.EqualTo("Präsident Kasachstans"));
        Assert.That(tokayev.HasAttribute("lang"), Is.False, "German text needs no lang of its own on a German page");
        Assert.That(Text(Office(page, "Xi Jinping")), Is.EqualTo("Präsident Chinas"));
    }

    [Test]
    public async Task The_english_article_page_shows_the_office_as_stored()
    {
        var page = await ArticleAsync(SampleArticles.TokayevXiCall, "en");

        var tokayev = Office(page, "Kassym-Jomart Tokayev");
        Assert.That(Text(tokayev), Is.EqualTo("President, Kazakhstan"));
        Assert.That(tokayev.HasAttribute("lang"), Is.False);
    }

    [Test]
    public async Task An_office_the_rules_do_not_know_stays_english_and_is_marked_so_on_the_german_page()
    {
        var page = await ArticleAsync(SampleArticles.XianSecretariat, "de");

        var details = page.QuerySelectorAll(".evidence__detail").Select(d => (Text: Text(d), Lang: d.GetAttribute("lang"))).ToList();
        Assert.That(details, Does.Contain(("Party Secretary of Shaanxi Province, China", (string?)"en")));
        Assert.That(details, Does.Contain(("Außenminister Chinas", (string?)null)));
        Assert.That(details, Does.Contain(("Stellvertretender Vorsitzender des Ministerkabinetts und Außenminister Turkmenistans", (string?)null)));
    }
}
