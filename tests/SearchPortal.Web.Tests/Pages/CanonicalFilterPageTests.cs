using AngleSharp.Html.Dom;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// A filter spelt another way than the index holds it (?country=Kasachstan, ?lang=Deutsch): the page speaks of the value
/// the engine applied, so the selected facet entry, its chip and every link agree with the facet list.
/// </summary>
public class CanonicalFilterPageTests : PortalFixture
{
    private static AngleSharp.Dom.IElement? FacetValue(IHtmlDocument page, string dimension, string name) =>
        page.QuerySelectorAll($"section[data-facet='{dimension}'] li.facet-value")
            .FirstOrDefault(li => li.GetAttribute("data-value") == name);

    private static string Href(AngleSharp.Dom.IElement? element) => element?.QuerySelector("a")?.GetAttribute("href") ?? "";

    [Test]
    public async Task A_country_spelt_in_german_is_selected_as_the_canonical_country_and_its_facet_link_removes_it()
    {
        var page = await PageAsync("/?country=Kasachstan");

        var kazakhstan = FacetValue(page, "country", "Kazakhstan");
        Assert.That(kazakhstan!.ClassList, Does.Contain("is-selected"));
        Assert.That(Href(kazakhstan), Is.EqualTo("/"));
        Assert.That(page.QuerySelectorAll("section[data-facet='country'] li.is-selected"), Has.Length.EqualTo(1));

        var unfiltered = await PageAsync(Href(kazakhstan));
        Assert.That(Text(unfiltered.QuerySelector("#results-title")), Is.EqualTo($"{SampleArticles.Count} articles"));
        Assert.That(unfiltered.QuerySelector(".chips"), Is.Null, "no filter left");
    }

    [Test]
    public async Task A_narrowing_country_spelt_in_german_is_removed_by_its_facet_link_and_every_article_comes_back()
    {
        var page = await PageAsync("/?country=Kirgisistan");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("4 articles"));
        var kyrgyzstan = FacetValue(page, "country", "Kyrgyzstan");
        Assert.That(kyrgyzstan!.ClassList, Does.Contain("is-selected"));

        var unfiltered = await PageAsync(Href(kyrgyzstan));
        Assert.That(Text(unfiltered.QuerySelector("#results-title")), Is.EqualTo($"{SampleArticles.Count} articles"));
    }

    [Test]
    public async Task The_chip_names_the_canonical_value_and_every_link_of_the_page_carries_it()
    {
        var page = await PageAsync("/?q=Tokayev&country=Kasachstan");

        var chip = page.QuerySelector(".chips a.chip")!;
        Assert.That(Text(chip), Does.StartWith("Country: Kazakhstan"));
        Assert.That(chip.GetAttribute("href"), Is.EqualTo("/?q=Tokayev"));
        Assert.That(page.QuerySelector("form.search-form input[type=hidden][name=country]")!.GetAttribute("value"), Is.EqualTo("Kazakhstan"));
        Assert.That(page.QuerySelectorAll(".toolbar a").Select(a => a.GetAttribute("href")), Does.Contain("/?q=Tokayev&country=Kazakhstan&sort=oldest"));
        var everyLink = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.That(everyLink, Has.None.Contains("Kasachstan"));
        Assert.That(page.Body!.TextContent, Does.Not.Contain("Kasachstan"));
    }

    [Test]
    public async Task Two_spellings_of_one_country_are_one_selection()
    {
        var page = await PageAsync("/?country=Kasachstan&country=Kazakhstan");

        Assert.That(page.QuerySelectorAll(".chips a.chip"), Has.Length.EqualTo(1));
        Assert.That(Href(FacetValue(page, "country", "Kazakhstan")), Is.EqualTo("/"));
    }

    [Test]
    public async Task A_language_given_by_its_german_name_selects_that_language()
    {
        var page = await PageAsync("/?lang=Deutsch");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("1 article"));
        Assert.That(page.QuerySelector(".hit__title a")!.GetAttribute("href"), Is.EqualTo("/articles/" + SampleArticles.AlmatyGerman));
        var german = FacetValue(page, "lang", "German");
        Assert.That(german!.ClassList, Does.Contain("is-selected"));
        Assert.That(Href(german), Is.EqualTo("/"));
        Assert.That(Href(FacetValue(page, "lang", "English")), Is.EqualTo("/?lang=de&lang=en"));
        Assert.That(Text(page.QuerySelector(".chips a.chip")), Does.StartWith("Language: German"));
    }

    [TestCase("English")]
    [TestCase("Englisch")]
    [TestCase("en")]
    public async Task A_language_given_by_any_of_its_names_finds_the_english_articles(string name)
    {
        var page = await PageAsync("/?lang=" + name);

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("4 articles"));
        Assert.That(FacetValue(page, "lang", "English")!.ClassList, Does.Contain("is-selected"));
    }

    [Test]
    public async Task A_language_the_archive_does_not_know_finds_nothing_and_offers_to_remove_it()
    {
        var page = await PageAsync("/?q=Tokayev&lang=klingon");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("0 articles"));
        var chip = page.QuerySelector(".chips a.chip")!;
        Assert.That(Text(chip), Does.StartWith("Language: klingon"));
        Assert.That(chip.GetAttribute("href"), Is.EqualTo("/?q=Tokayev"));
        Assert.That(page.QuerySelectorAll(".suggestions__filters a").Select(a => a.GetAttribute("href")), Does.Contain("/?q=Tokayev"));
    }
}
