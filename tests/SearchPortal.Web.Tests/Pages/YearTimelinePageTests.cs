using System.Globalization;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The year timeline and list: counts and axis, the from/to range form without script, year order, the undated bucket.</summary>
public sealed class YearTimelinePageTests : PortalFixture
{
    private static IReadOnlyList<string> YearList(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("section[data-facet='year'] ul.facet__values > li.facet-value").Select(li => li.GetAttribute("data-value")!).ToList();

    [Test]
    public async Task The_timeline_shows_a_count_per_year_and_a_labelled_axis()
    {
        var page = await PageAsync("/");

        var bars = page.QuerySelectorAll("figure.timeline li[data-year]").ToList();
        Assert.That(bars, Has.Count.GreaterThan(1));
        var counts = bars.ToDictionary(b => b.GetAttribute("data-year")!, b => Text(b.QuerySelector(".timeline__count")));
        Assert.That(counts["2024"], Is.EqualTo("2"));
        Assert.That(counts["2021"], Is.EqualTo("1"));
        Assert.That(Text(page.QuerySelector("figure.timeline figcaption")), Does.StartWith("Articles per year, "));
        Assert.That(bars.Where(b => b.ClassList.Contains("is-tick")).Select(b => b.GetAttribute("data-year")), Does.Contain(bars[0].GetAttribute("data-year")).And.Contain(bars[^1].GetAttribute("data-year")));
    }

    [Test]
    public async Task The_from_and_to_fields_redirect_to_a_year_range_in_the_url()
    {
        var page = await PageAsync("/?q=Tokayev");
        var form = page.QuerySelector("form[data-year-range]")!;
        Assert.That(form.GetAttribute("method"), Is.EqualTo("get"));
        Assert.That(form.QuerySelector("input[type=hidden][name=q]")!.GetAttribute("value"), Is.EqualTo("Tokayev"));
        Assert.That(form.QuerySelector("label[for=year-from]"), Is.Not.Null);

        using var response = await Client.GetAsync("/?q=Tokayev&year_from=2024&year_to=2019");

        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/?q=Tokayev&year=2019..2024"));
    }

    [Test]
    public async Task A_year_range_lists_the_articles_of_those_years_and_fills_the_fields()
    {
        var page = await PageAsync("/?year=2021..2024");

        Assert.That(Text(page.QuerySelector("#results-title")), Is.EqualTo("3 articles"));
        Assert.That(page.QuerySelectorAll("time").Select(t => int.Parse(t.GetAttribute("datetime")![..4], CultureInfo.InvariantCulture)), Has.All.InRange(2021, 2024));
        Assert.That(page.QuerySelector("#year-from")!.GetAttribute("value"), Is.EqualTo("2021"));
        Assert.That(page.QuerySelector("#year-to")!.GetAttribute("value"), Is.EqualTo("2024"));
        Assert.That(page.QuerySelectorAll(".chips .chip").Select(Text), Has.Some.Contains("2021–2024"));
        Assert.That(YearList(page), Does.Not.Contain("2021..2024"));
    }

    [Test]
    public async Task A_range_field_that_is_not_a_year_is_refused_by_name()
    {
        var page = await PageAsync("/?year_from=soon&year_to=2020", 400);

        Assert.That(Text(page.QuerySelector(".message--error strong")), Is.EqualTo("year_from"));
    }

    [Test]
    public async Task The_year_list_is_newest_first_with_the_undated_articles_last()
    {
        var page = await PageAsync("/");

        var years = YearList(page);
        Assert.That(years[^1], Is.EqualTo("Undated"));
        var numbers = years.Take(years.Count - 1).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        Assert.That(numbers, Is.Ordered.Descending);
    }

    [Test]
    public async Task The_undated_bucket_can_be_selected()
    {
        var page = await PageAsync("/");
        var undated = page.QuerySelectorAll("section[data-facet='year'] li.facet-value").Single(li => li.GetAttribute("data-value") == "Undated");
        var count = int.Parse(Text(undated.QuerySelector(".facet-value__count")), CultureInfo.InvariantCulture);

        var selected = await PageAsync(undated.QuerySelector("a")!.GetAttribute("href")!);

        Assert.That(undated.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("/?year=undated"));
        Assert.That(Text(selected.QuerySelector("#results-title")), Is.EqualTo(count == 1 ? "1 article" : $"{count} articles"));
        Assert.That(selected.QuerySelectorAll("li.hit .hit__meta"), Has.All.Matches<AngleSharp.Dom.IElement>(m => m.QuerySelector("time") is null));
    }
}
