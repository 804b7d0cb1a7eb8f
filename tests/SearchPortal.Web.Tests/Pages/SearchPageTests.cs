using AngleSharp.Html.Dom;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

public class SearchPageTests : PortalFixture
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> Hits(IHtmlDocument page) => page.QuerySelectorAll("ol.hits > li.hit").ToList();

    private static string HitId(AngleSharp.Dom.IElement hit) =>
        Uri.UnescapeDataString(hit.QuerySelector(".hit__title a")!.GetAttribute("href")!.Split('?')[0]["/articles/".Length..]);

    private static AngleSharp.Dom.IElement? FacetValue(IHtmlDocument page, string dimension, string name) =>
        page.QuerySelectorAll($"section[data-facet='{dimension}'] li.facet-value")
            .FirstOrDefault(li => li.GetAttribute("data-value") == name);

    private static int CountOf(AngleSharp.Dom.IElement value) =>
        int.Parse(value.QuerySelector(".facet-value__count")!.TextContent, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task A_query_lists_the_matching_articles_with_their_terms_marked_in_snippets()
    {
        var page = await PageAsync("/?q=Tokayev");

        var hits = Hits(page);
        Assert.That(hits.Select(HitId), Is.SupersetOf(new[] { SampleArticles.TokayevXiCall, SampleArticles.ConsultativeMeeting }));
        Assert.That(page.QuerySelector("#q")!.GetAttribute("value"), Is.EqualTo("Tokayev"));
        foreach (var hit in hits)
        {
            var marks = hit.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ToList();
            Assert.That(marks, Is.Not.Empty, HitId(hit));
            Assert.That(marks, Has.Some.Contains("Tokayev").IgnoreCase, HitId(hit));
        }
    }

    [Test]
    public async Task Each_hit_shows_its_date_exactly_and_relative_to_the_clock_with_language_and_facets()
    {
        var page = await PageAsync("/?q=Tokayev");

        var hit = Hits(page).Single(h => HitId(h) == SampleArticles.ConsultativeMeeting);
        Assert.That(hit.QuerySelector("time")!.GetAttribute("datetime"), Is.EqualTo("2024-08-09"));
        Assert.That(Text(hit.QuerySelector("time")), Is.EqualTo("9 August 2024"));
        Assert.That(Text(hit.QuerySelector(".hit__ago")), Is.EqualTo("(3 months ago)"));
        Assert.That(Text(hit.QuerySelector(".hit__lang")), Is.EqualTo("English"));
        Assert.That(hit.QuerySelectorAll(".hit-facets a").Select(a => a.GetAttribute("href")), Has.Some.Contains("year=2024"));
        Assert.That(hit.QuerySelector(".hit__title a")!.GetAttribute("href"), Is.EqualTo($"/articles/{SampleArticles.ConsultativeMeeting}?q=Tokayev"));
    }

    [Test]
    public async Task Without_a_query_every_article_is_listed_newest_first_with_facets()
    {
        var page = await PageAsync("/");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("5 articles"));
        Assert.That(HitId(Hits(page)[0]), Is.EqualTo(SampleArticles.ConsultativeMeeting));
        Assert.That(CountOf(FacetValue(page, "lang", "English")!), Is.EqualTo(4));
        Assert.That(CountOf(FacetValue(page, "lang", "German")!), Is.EqualTo(1));
        Assert.That(page.QuerySelectorAll("aside.facets section.facet").Select(s => s.GetAttribute("data-facet")),
            Is.SupersetOf(new[] { "country", "year", "lang" }));
    }

    [Test]
    public async Task The_search_path_serves_the_same_page()
    {
        var page = await PageAsync("/search?q=Tokayev");

        Assert.That(Hits(page).Select(HitId), Does.Contain(SampleArticles.TokayevXiCall));
    }

    [Test]
    public async Task Selecting_a_language_narrows_the_results_but_keeps_the_other_language_count_drill_sideways()
    {
        var page = await PageAsync("/?lang=de");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("1 article"));
        Assert.That(Hits(page).Select(HitId), Is.EqualTo(new[] { SampleArticles.AlmatyGerman }));
        var german = FacetValue(page, "lang", "German")!;
        Assert.That(german.ClassList, Does.Contain("is-selected"));
        Assert.That(CountOf(german), Is.EqualTo(1));
        Assert.That(CountOf(FacetValue(page, "lang", "English")!), Is.EqualTo(4), "own dimension counted as if unfiltered");
        Assert.That(FacetValue(page, "lang", "English")!.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("/?lang=de&lang=en"));
    }

    [Test]
    public async Task With_a_country_selected_every_other_country_still_shows_how_many_results_it_would_add()
    {
        var page = await PageAsync("/?country=Kyrgyzstan");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("4 articles"));
        var kazakhstan = FacetValue(page, "country", "Kazakhstan")!;
        Assert.That(CountOf(kazakhstan), Is.EqualTo(SampleArticles.Count), "own dimension counted as if unfiltered");
        Assert.That(kazakhstan.ClassList, Does.Not.Contain("is-selected"));

        var both = await PageAsync(kazakhstan.QuerySelector("a")!.GetAttribute("href")!);
        Assert.That(Text(both.QuerySelector("#results-title")), Is.EqualTo($"{SampleArticles.Count} articles"));
        Assert.That(both.QuerySelectorAll(".chips a.chip"), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task A_selected_value_shows_as_a_removable_chip_and_stays_visible_at_count_zero()
    {
        var page = await PageAsync("/?q=Tokayev&year=1999");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("0 articles"));
        var year = FacetValue(page, "year", "1999")!;
        Assert.That(year, Is.Not.Null);
        Assert.That(CountOf(year), Is.EqualTo(0));
        var chip = page.QuerySelector(".chips a.chip")!;
        Assert.That(Text(chip), Does.StartWith("Year: 1999"));
        Assert.That(chip.GetAttribute("href"), Is.EqualTo("/?q=Tokayev"));
        Assert.That(page.QuerySelectorAll(".suggestions__filters a").Select(a => a.GetAttribute("href")), Does.Contain("/?q=Tokayev"));
    }

    [Test]
    public async Task Clear_all_removes_every_filter_and_keeps_the_query()
    {
        var page = await PageAsync("/?q=Tokayev&year=2021&lang=en");

        var clear = page.QuerySelector(".chips a.chips__clear")!;
        Assert.That(clear.GetAttribute("href"), Is.EqualTo("/?q=Tokayev"));
        var cleared = await PageAsync(clear.GetAttribute("href")!);
        Assert.That(Hits(cleared).Select(HitId), Is.EquivalentTo(new[] { SampleArticles.TokayevXiCall, SampleArticles.ConsultativeMeeting }));
        Assert.That(cleared.QuerySelector(".chips"), Is.Null);
    }

    [Test]
    public async Task Officials_show_their_top_ten_the_rest_behind_show_more_and_a_filter_box()
    {
        var page = await PageAsync("/");

        var officials = page.QuerySelector("section[data-facet='official']")!;
        var leading = officials.QuerySelectorAll(":scope > ul.facet__values > li.facet-value");
        var rest = officials.QuerySelectorAll("details.facet__more li.facet-value");
        Assert.That(leading, Has.Length.EqualTo(10));
        Assert.That(rest, Is.Not.Empty);
        Assert.That(Text(officials.QuerySelector("details.facet__more summary")), Is.EqualTo($"Show {rest.Length} more"));
        Assert.That(officials.QuerySelector("input.facet-filter")!.Closest("form")!.GetAttribute("data-facet-search"), Is.EqualTo("official"));
        Assert.That(page.QuerySelector("section[data-facet='lang'] input.facet-filter"), Is.Null, "two languages need no filter box");
    }

    [Test]
    public async Task Oldest_first_puts_the_2021_call_before_the_2024_articles()
    {
        var page = await PageAsync("/?sort=oldest");

        var dates = Hits(page).Select(h => h.QuerySelector("time")?.GetAttribute("datetime")).OfType<string>().ToList();
        Assert.That(dates, Is.Ordered.Ascending);
        Assert.That(dates[0], Is.EqualTo("2021-06-02"));
        Assert.That(page.QuerySelector(".toolbar a[aria-current]")!.TextContent, Is.EqualTo("Oldest first"));
    }

    [Test]
    public async Task A_page_past_the_end_is_empty_and_links_back_to_the_first_page()
    {
        var page = await PageAsync("/?q=Tokayev&page=9");

        Assert.That(Hits(page), Is.Empty);
        Assert.That(page.QuerySelector("a.back-to-first")!.GetAttribute("href"), Is.EqualTo("/?q=Tokayev"));
    }

    [Test]
    public async Task A_hostile_query_is_shown_as_text_never_as_markup()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        using var response = await Client.GetAsync("/?q=" + Uri.EscapeDataString(hostile));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Not.Contain("<img src=x"));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.That(page.QuerySelector("#q")!.GetAttribute("value"), Is.EqualTo(hostile));
        Assert.That(page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")), Is.All.Not.Null);
    }

    [TestCase("/?page=0", "page")]
    [TestCase("/?size=700", "size")]
    [TestCase("/?sort=random", "sort")]
    [TestCase("/?year=twenty", "year")]
    public async Task An_invalid_parameter_gets_a_friendly_message_naming_it_with_status_400(string url, string parameter)
    {
        var page = await PageAsync(url, expectedStatus: 400);

        Assert.That(Text(page.QuerySelector("[role=alert] strong")), Is.EqualTo(parameter));
        Assert.That(page.QuerySelector("#q"), Is.Not.Null, "the search box stays usable");
    }

    [Test]
    public async Task A_misspelt_query_offers_a_did_you_mean_link()
    {
        var page = await PageAsync("/?q=Tokayv");

        var link = page.QuerySelector("a.did-you-mean");
        Assert.That(link, Is.Not.Null);
        Assert.That(Text(link), Does.Contain("tokayev").IgnoreCase);
        Assert.That(link!.GetAttribute("href"), Does.StartWith("/?q="));
    }

    [Test]
    public async Task Page_size_and_sort_links_keep_the_query_and_filters()
    {
        var page = await PageAsync("/?q=Kazakhstan&lang=en");

        var links = page.QuerySelectorAll(".toolbar a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(links, Does.Contain("/?q=Kazakhstan&lang=en&sort=newest"));
        Assert.That(links, Does.Contain("/?q=Kazakhstan&lang=en&size=50"));
    }
}
