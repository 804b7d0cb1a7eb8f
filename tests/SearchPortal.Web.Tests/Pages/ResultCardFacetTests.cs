using System.Web;
using AngleSharp.Dom;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The about-values on a result card: labelled per dimension, one line each, links that narrow the search.</summary>
public sealed class ResultCardFacetTests : PortalFixture
{
    private static IElement Card(AngleSharp.Html.Dom.IHtmlDocument page, string id) =>
        page.QuerySelectorAll("li.hit").Single(li => li.QuerySelector(".hit__title a")!.GetAttribute("href")!.Split('?')[0] == "/articles/" + id);

    private static Dictionary<string, IElement> Lines(IElement card) =>
        card.QuerySelectorAll(".hit-facets__line").ToDictionary(line => line.QuerySelector("dt")!.TextContent.Trim(), line => line.QuerySelector("dd")!);

    private async Task<int> TotalAsync(string url) =>
        int.Parse(Text((await PageAsync(url)).QuerySelector("#results-title")).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task A_card_labels_its_values_by_dimension()
    {
        var page = await PageAsync("/?q=Tokayev");

        var lines = Lines(Card(page, SampleArticles.TokayevXiCall));
        Assert.That(lines.Keys, Is.SubsetOf(new[] { "Country", "Format", "Official", "Year" }));
        Assert.That(lines["Country"].QuerySelectorAll(".tag").Select(Text), Does.Contain("Kazakhstan").And.Contain("China"));
        Assert.That(lines["Year"].QuerySelectorAll(".tag").Select(Text), Is.EqualTo(new[] { "2021" }));
    }

    [Test]
    public async Task Clicking_a_value_of_an_unfiltered_dimension_adds_it_as_a_filter_and_keeps_the_others()
    {
        var page = await PageAsync("/?q=Tokayev&lang=en");

        var link = Lines(Card(page, SampleArticles.TokayevXiCall))["Country"].QuerySelectorAll("a.tag").Single(a => Text(a) == "China");
        var query = HttpUtility.ParseQueryString(link.GetAttribute("href")!.Split('?')[1]);
        Assert.That(query["q"], Is.EqualTo("Tokayev"));
        Assert.That(query["lang"], Is.EqualTo("en"));
        Assert.That(query["country"], Is.EqualTo("China"));
        Assert.That(await TotalAsync(link.GetAttribute("href")!), Is.LessThanOrEqualTo(await TotalAsync("/?q=Tokayev&lang=en")));
    }

    [Test]
    public async Task Clicking_a_value_of_a_filtered_dimension_narrows_with_AND_never_widens()
    {
        const string start = "/?country=Kazakhstan&country=China";
        var page = await PageAsync(start);
        var before = await TotalAsync(start);

        var card = Card(page, SampleArticles.TokayevXiCall);
        var link = Lines(card)["Country"].QuerySelectorAll("a.tag").Single(a => Text(a) == "Kazakhstan");
        var href = link.GetAttribute("href")!;
        var query = HttpUtility.ParseQueryString(href.Split('?')[1]);

        Assert.That(query.GetValues("country"), Is.EqualTo(new[] { "Kazakhstan", "China" }), "the selection stays");
        Assert.That(query["q"], Is.EqualTo("country:\"Kazakhstan\""), "the value is AND-ed as a clause");
        var narrowed = await PageAsync(href);
        Assert.That(await TotalAsync(href), Is.LessThanOrEqualTo(before));
        Assert.That(narrowed.QuerySelectorAll("li.hit").Select(hit => Lines(hit)["Country"].QuerySelectorAll(".tag").Select(Text)),
            Has.All.Contains("Kazakhstan"));
    }

    [Test]
    public async Task A_value_the_search_already_selects_alone_is_not_a_link()
    {
        var page = await PageAsync("/?year=2021");

        var year = Lines(Card(page, SampleArticles.TokayevXiCall))["Year"];
        Assert.That(year.QuerySelector("a.tag"), Is.Null);
        Assert.That(Text(year.QuerySelector("span.tag.is-selected")), Is.EqualTo("2021"));
    }

    [Test]
    public async Task Titles_mark_the_words_of_the_query()
    {
        var english = await PageAsync("/?q=Blinken");
        var german = await PageAsync("/?q=Almaty");

        Assert.That(Card(english, SampleArticles.BlinkenC5Plus1).QuerySelectorAll(".hit__title mark").Select(Text), Has.Some.StartsWith("Blinken"));
        Assert.That(Card(german, SampleArticles.AlmatyGerman).QuerySelectorAll(".hit__title mark").Select(Text), Is.EqualTo(new[] { "Almaty" }));
        Assert.That(Text(Card(german, SampleArticles.AlmatyGerman).QuerySelector(".hit__title")), Is.EqualTo("Asien, China: Außenministertreffen in Almaty stärkt Beziehungen"));
    }
}
