using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchPortal.Web.Tests.Browser;

public partial class SearchJourneyTests : BrowserFixture
{
    [GeneratedRegex(@"^([\d,]+) articles?$")]
    private static partial Regex TotalPattern();

    private async Task<int> TotalAsync()
    {
        var text = (await Page.Locator("#results-title").InnerTextAsync()).Trim();
        var match = TotalPattern().Match(text);
        Assert.That(match.Success, Is.True, text);
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [Test]
    public async Task A_reader_searches_narrows_by_a_facet_opens_an_article_and_comes_back()
    {
        await Page.GotoAsync(Url("/"));
        await Page.Locator("#q").FillAsync("Kazakhstan");
        await Page.Locator("#q").PressAsync("Enter");
        await Page.WaitForURLAsync(new Regex(@"\?q=Kazakhstan"));

        var total = await TotalAsync();
        Assert.That(total, Is.GreaterThan(1));
        Assert.That(await Page.Locator(".snippet mark").CountAsync(), Is.GreaterThan(0));

        // Tick the first country that would narrow the results, and expect exactly the count it promised.
        var values = Page.Locator("section[data-facet='country'] li.facet-value");
        ILocator? narrowing = null;
        var promised = 0;
        for (var i = 0; i < await values.CountAsync(); i++)
        {
            var count = int.Parse(await values.Nth(i).Locator(".facet-value__count").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            if (count > 0 && count < total)
            {
                narrowing = values.Nth(i);
                promised = count;
                break;
            }
        }

        Assert.That(narrowing, Is.Not.Null, "some country narrows a search for Kazakhstan");
        var country = (await narrowing!.GetAttributeAsync("data-value"))!;
        await narrowing.Locator("a").ClickAsync();
        await Page.WaitForURLAsync(new Regex("country="));

        Assert.That(await TotalAsync(), Is.EqualTo(promised));
        Assert.That(await Page.Locator(".chips a.chip").First.InnerTextAsync(), Does.Contain(country));
        Assert.That(await Page.Locator($"section[data-facet='country'] li.facet-value.is-selected[data-value='{country}']").CountAsync(), Is.EqualTo(1));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("search-filtered"), FullPage = true });

        var firstTitle = (await Page.Locator(".hit__title a").First.InnerTextAsync()).Trim();
        await Page.Locator(".hit__title a").First.ClickAsync();
        await Page.WaitForURLAsync(new Regex("/articles/"));

        Assert.That((await Page.Locator("h1").InnerTextAsync()).Trim(), Is.EqualTo(firstTitle));
        Assert.That(await Page.Locator(".article__text mark").CountAsync(), Is.GreaterThan(0));

        await Page.GoBackAsync();
        await Page.WaitForURLAsync(new Regex("country="));
        Assert.That(await Page.Locator("#q").InputValueAsync(), Is.EqualTo("Kazakhstan"));
        Assert.That(await TotalAsync(), Is.EqualTo(promised));
        Assert.That(ConsoleErrors, Is.Empty, "no script errors or policy violations");
    }

    [Test]
    public async Task Evidence_appears_on_keyboard_focus_as_well_as_on_hover()
    {
        await Page.GotoAsync(Url("/articles/003_c82291dc01c46bee?q=Tokayev"));
        var evidence = Page.Locator("li.evidence").Filter(new LocatorFilterOptions { Has = Page.Locator("button.evidence__toggle") }).First;
        var tip = evidence.Locator(".evidence__tip");

        Assert.That(await tip.IsVisibleAsync(), Is.False);
        await evidence.Locator("button.evidence__toggle").FocusAsync();
        Assert.That(await tip.IsVisibleAsync(), Is.True);
        Assert.That(await tip.InnerTextAsync(), Does.Contain("Found in"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("article-evidence"), FullPage = false });

        await Page.Mouse.MoveAsync(0, 0);
        await evidence.Locator("button.evidence__toggle").BlurAsync();
        Assert.That(await tip.IsVisibleAsync(), Is.False);
        await evidence.HoverAsync();
        Assert.That(await tip.IsVisibleAsync(), Is.True);
    }

    [Test]
    public async Task Typing_offers_completions_from_the_suggest_api()
    {
        await Page.GotoAsync(Url("/"));
        await Page.Locator("#q").PressSequentiallyAsync("Tok", new LocatorPressSequentiallyOptions { Delay = 40 });

        var options = Page.Locator("datalist option");
        await Assertions.Expect(options.First).ToBeAttachedAsync();
        var values = await options.EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.That(values, Has.Some.StartsWith("Tok").IgnoreCase);
    }

    [Test]
    public async Task The_whole_search_page_works_by_keyboard()
    {
        await Page.GotoAsync(Url("/"));
        for (var i = 0; i < 5; i++)
        {
            // Skip to filters, skip to content, the site's name, the language switch, the search box.
            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("q"));
        await Page.Keyboard.TypeAsync("Tokayev");
        var searched = Page.WaitForURLAsync(new Regex(@"\?q=Tokayev"));
        await Page.Keyboard.PressAsync("Enter");
        await searched;

        var language = Page.Locator("section[data-facet='lang'] li.facet-value a").First;
        await language.FocusAsync();
        var filtered = Page.WaitForURLAsync(new Regex("lang="));
        await Page.Keyboard.PressAsync("Enter");
        await filtered;
        Assert.That(await Page.Locator(".chips a.chip").CountAsync(), Is.EqualTo(1));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("search-results"), FullPage = true });
    }
}
