using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchPortal.Web.Tests.Browser;

public class LanguageSwitchTests : BrowserFixture
{
    [Test]
    public async Task A_reader_switches_to_german_and_the_next_search_stays_german()
    {
        await Page.GotoAsync(Url("/?q=Kazakhstan"));
        Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("en"));

        await Page.Locator("a.language-switch").ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"ui=de"));
        Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("de"));
        Assert.That(await Page.Locator("#q").InputValueAsync(), Is.EqualTo("Kazakhstan"));
        Assert.That(await Page.Locator("section[data-facet='country'] .facet-value__name").AllInnerTextsAsync(), Does.Contain("Kasachstan"));

        // The search form's address has no ui=: the cookie the switch set keeps the page German.
        await Page.Locator("#q").FillAsync("Tokayev");
        await Page.Locator("#q").PressAsync("Enter");
        await Page.WaitForURLAsync(new Regex(@"\?q=Tokayev$"));
        Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("de"));
        Assert.That((await Page.Locator("#results-title").InnerTextAsync()).Trim(), Does.Match(@"^\d+ Artikel$"));
        Assert.That(await Page.Locator("a.language-switch").InnerTextAsync(), Is.EqualTo("English"));
        Assert.That(ConsoleErrors, Is.Empty);
    }
}
