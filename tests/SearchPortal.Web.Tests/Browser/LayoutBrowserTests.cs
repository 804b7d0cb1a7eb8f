using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>The results page in Debian's chromium: the filter drawer at phone width, the skip link, the year range.</summary>
public sealed class LayoutBrowserTests : BrowserFixture
{
    [Test]
    public async Task On_a_phone_the_first_screen_shows_the_search_box_and_results_and_the_Filter_button_opens_the_facets()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync(Url("/?q=Tokayev"));

        var toggle = Page.Locator("details#filters > summary");
        var firstHit = await Page.Locator("ol.hits > li.hit").First.BoundingBoxAsync();
        var box = await Page.Locator("#q").BoundingBoxAsync();
        Assert.That(box!.Y + box.Height, Is.LessThan(844));
        Assert.That(firstHit!.Y, Is.LessThan(844 - 100), "the first result starts on the first screen");
        Assert.That(await toggle.IsVisibleAsync(), Is.True);
        Assert.That((await toggle.BoundingBoxAsync())!.Y, Is.LessThan(firstHit.Y));
        Assert.That(await Page.Locator("section[data-facet='lang']").IsVisibleAsync(), Is.False, "closed until pressed");

        await toggle.ClickAsync();

        Assert.That(await Page.Locator("section[data-facet='lang']").IsVisibleAsync(), Is.True);
        var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.That(overflow, Is.False);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("search-phone-drawer"), FullPage = false });
        Assert.That(ConsoleErrors, Is.Empty);
    }

    [Test]
    public async Task On_a_wide_screen_the_facets_are_an_open_sidebar_beside_the_results()
    {
        await Page.GotoAsync(Url("/?q=Tokayev"));

        Assert.That(await Page.Locator("details#filters > summary").IsVisibleAsync(), Is.False);
        var facets = await Page.Locator("aside.facets").BoundingBoxAsync();
        var results = await Page.Locator("section.results").BoundingBoxAsync();
        Assert.That(facets!.X + facets.Width, Is.LessThanOrEqualTo(results!.X), "a sidebar to the left of the results");
        Assert.That(await Page.Locator("section[data-facet='lang']").IsVisibleAsync(), Is.True);
    }

    [Test]
    public async Task The_first_Tab_reaches_the_skip_link_and_the_next_ones_the_facets()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync(Url("/?q=Tokayev"));

        await Page.Keyboard.PressAsync("Tab");
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"), Is.EqualTo("Skip to filters"));
        Assert.That(await Page.Locator("a[data-skip-filters]").IsVisibleAsync(), Is.True, "shown on focus");
        await Page.Keyboard.PressAsync("Enter");

        var presses = 0;
        while (presses < 10 && !await Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('section.facet')"))
        {
            await Page.Keyboard.PressAsync("Tab");
            presses++;
        }

        Assert.That(await Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('section.facet')"), Is.True, "a facet within ten presses");
        Assert.That(await Page.Locator("details#filters").GetAttributeAsync("open"), Is.Not.Null, "the skip link opened the drawer");
    }

    [Test]
    public async Task Dragging_across_the_timeline_selects_a_range_of_years()
    {
        await Page.GotoAsync(Url("/"));
        var bars = Page.Locator("figure.timeline li[data-year]");
        var first = await bars.First.GetAttributeAsync("data-year");
        var last = await bars.Last.GetAttributeAsync("data-year");
        Assert.That(first, Is.Not.EqualTo(last));

        await Page.Locator("figure.timeline").ScrollIntoViewIfNeededAsync();
        var from = (await bars.First.BoundingBoxAsync())!;
        var to = (await bars.Last.BoundingBoxAsync())!;
        var navigated = Page.WaitForURLAsync(new Regex(@"year="));
        await Page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new MouseMoveOptions { Steps = 8 });
        await Page.Mouse.UpAsync();
        await navigated;

        Assert.That(Uri.UnescapeDataString(new Uri(Page.Url).Query), Does.Contain($"year={first}..{last}"));
        Assert.That(await Page.Locator("#year-from").InputValueAsync(), Is.EqualTo(first));
        Assert.That(await Page.Locator("#year-to").InputValueAsync(), Is.EqualTo(last));
        Assert.That(ConsoleErrors, Is.Empty);
    }

    [Test]
    public async Task The_from_and_to_fields_select_a_range()
    {
        await Page.GotoAsync(Url("/?q=Tokayev"));
        await Page.Locator("#year-from").FillAsync("2022");
        await Page.Locator("#year-to").FillAsync("2024");
        var navigated = Page.WaitForURLAsync(new Regex(@"year=2022"));
        await Page.Locator("form[data-year-range] button").ClickAsync();
        await navigated;

        Assert.That(Uri.UnescapeDataString(new Uri(Page.Url).Query), Is.EqualTo("?q=Tokayev&year=2022..2024"));
        Assert.That(await Page.Locator(".chips .chip").AllInnerTextsAsync(), Has.Some.Contains("2022–2024"));
    }

    [Test]
    public async Task The_facet_filter_box_asks_the_server_and_says_when_no_value_matches()
    {
        await Page.GotoAsync(Url("/"));
        var box = Page.Locator("section[data-facet='official'] input.facet-filter");
        await box.PressSequentiallyAsync("Toka", new LocatorPressSequentiallyOptions { Delay = 30 });
        var matches = Page.Locator("section[data-facet='official'] [data-facet-matches] li.facet-value");
        await Assertions.Expect(matches.First).ToBeVisibleAsync();
        Assert.That(await matches.Locator(".facet-value__name").AllInnerTextsAsync(), Has.All.Contains("Toka").IgnoreCase);

        await box.FillAsync("Qqzx");
        await Assertions.Expect(Page.Locator("section[data-facet='official'] .facet__no-match")).ToHaveTextAsync("No value matches");
        Assert.That(ConsoleErrors, Is.Empty);
    }

    [Test]
    public async Task In_the_german_interface_the_facet_filter_box_shows_german_names_and_says_so_in_german()
    {
        // The form's own search found nothing; what follows is the box asking the server as one types.
        await Page.GotoAsync(Url("/?facet=country&prefix=Zzyzx&ui=de"));
        var section = Page.Locator("section[data-facet='country']");
        await Assertions.Expect(section.Locator(".facet__no-match")).ToHaveTextAsync("Kein Wert passt");

        var box = section.Locator("input.facet-filter");
        await box.FillAsync("");
        await box.PressSequentiallyAsync("Kasach", new LocatorPressSequentiallyOptions { Delay = 30 });
        var kasachstan = section.Locator("[data-facet-matches] li.facet-value", new LocatorLocatorOptions { HasText = "Kasachstan" });
        await Assertions.Expect(kasachstan).ToBeVisibleAsync();
        Assert.That(await kasachstan.Locator("a").GetAttributeAsync("href"), Does.Contain("country=Kazakhstan"), "the link keeps the canonical value");

        await box.FillAsync("Qqzx");
        await Assertions.Expect(section.Locator(".facet__no-match")).ToHaveTextAsync("Kein Wert passt");
        await Assertions.Expect(section.Locator("[data-facet-matches] li.facet-value")).ToHaveCountAsync(0);
        Assert.That(ConsoleErrors, Is.Empty);
    }
}
