using AngleSharp.Html.Dom;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The year and country rules the search box and the facet links advertise, as a reader of the portal meets them.</summary>
public class FacetQueryPageTests : PortalFixture
{
    private static string[] HitIds(IHtmlDocument page) =>
    [
        .. page.QuerySelectorAll("ol.hits > li.hit .hit__title a")
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!.Split('?')[0]["/articles/".Length..])),
    ];

    [Test]
    public async Task Year_query_finds_articles_of_that_year()
    {
        var page = await PageAsync("/?q=year:2024");

        Assert.That(HitIds(page), Is.EquivalentTo(new[] { SampleArticles.XianSecretariat, SampleArticles.ConsultativeMeeting }));
    }

    [Test]
    public async Task Year_range_query_finds_articles_of_those_years()
    {
        var page = await PageAsync("/?q=year:2021..2024");

        Assert.That(HitIds(page), Is.EquivalentTo(new[]
        {
            SampleArticles.XianSecretariat, SampleArticles.TokayevXiCall, SampleArticles.ConsultativeMeeting,
        }));
    }

    [Test]
    public async Task Country_filter_in_the_url_accepts_any_spelling_the_vocabulary_knows()
    {
        var german = await PageAsync("/?country=Kasachstan");
        var english = await PageAsync("/?country=Kazakhstan");

        Assert.That(HitIds(german), Has.Length.EqualTo(SampleArticles.Count));
        Assert.That(HitIds(german), Is.EquivalentTo(HitIds(english)));
    }

    [Test]
    public async Task Country_query_accepts_an_inflected_spelling()
    {
        var page = await PageAsync("/?q=country:Kasachstans");

        Assert.That(HitIds(page), Has.Length.EqualTo(SampleArticles.Count));
        Assert.That(page.Body!.TextContent, Does.Not.Contain("not a country we know"));
    }
}
