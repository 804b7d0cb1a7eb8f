using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The results page by keyboard and on a phone, as markup: the skip link, the filters early in the page, the drawer.</summary>
public sealed class LayoutKeyboardTests : PortalFixture
{
    private const string Focusable = "a[href], button, input:not([type=hidden]), select, textarea, summary";

    [Test]
    public async Task The_first_focusable_element_skips_to_the_filters()
    {
        var page = await PageAsync("/?q=Tokayev");

        var first = page.QuerySelector(Focusable)!;
        Assert.That(Text(first), Is.EqualTo("Skip to filters"));
        Assert.That(first.GetAttribute("href"), Is.EqualTo("#filters"));
        Assert.That(page.GetElementById("filters")!.QuerySelector("aside.facets section.facet"), Is.Not.Null);
    }

    [Test]
    public async Task The_first_facet_value_is_a_few_tab_presses_away()
    {
        var page = await PageAsync("/?q=Tokayev");

        var stops = page.QuerySelectorAll(Focusable).ToList();
        var firstFacet = stops.FindIndex(e => e.Closest("section.facet") is not null && e.LocalName == "a");
        Assert.That(firstFacet, Is.GreaterThan(0).And.LessThanOrEqualTo(12), string.Join(" | ", stops.Take(15).Select(Text)));
    }

    [Test]
    public async Task The_facets_are_a_drawer_with_a_Filter_button_that_works_without_script()
    {
        var page = await PageAsync("/?country=Kazakhstan");

        var drawer = page.QuerySelector("details#filters")!;
        Assert.That(drawer.HasAttribute("open"), Is.False, "closed until pressed; site.js opens it on wide screens");
        Assert.That(Text(drawer.QuerySelector(":scope > summary")), Is.EqualTo("Filter (1)"));
        var layout = page.QuerySelector(".results-layout")!;
        Assert.That(layout.Children[0], Is.SameAs(drawer), "the drawer comes before the results, so a phone shows its button first");
        Assert.That(layout.QuerySelector(":scope > section.results ol.hits"), Is.Not.Null);
    }

    [Test]
    public async Task Pages_without_results_have_no_skip_link_to_filters()
    {
        var page = await PageAsync("/?page=abc", 400);

        Assert.That(page.QuerySelector("a[data-skip-filters]"), Is.Null);
        Assert.That(Text(page.QuerySelector(Focusable)), Is.EqualTo("Skip to content"));
    }
}
