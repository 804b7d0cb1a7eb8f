using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Searching;

/// <summary>The portal requires all words, so a correction is only worth offering when it finds articles with all of them.</summary>
public class DidYouMeanTests : PortalFixture
{
    private async Task<JsonElement> SearchJsonAsync(string query)
    {
        using var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), query);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string? DidYouMean(JsonElement json) =>
        json.TryGetProperty("did_you_mean", out var correction) ? correction.GetString() : null;

    [Test]
    public async Task A_correction_that_finds_no_article_with_all_its_words_is_not_offered()
    {
        // "Tokayev Blinken" is in no article together: the correction would find nothing more than the typo.
        var json = await SearchJsonAsync("Tokayev Blinkn");
        var page = await PageAsync("/?q=Tokayev+Blinkn");

        Assert.That(DidYouMean(json), Is.Null);
        Assert.That(page.QuerySelector("a.did-you-mean"), Is.Null);
    }

    [Test]
    public async Task A_misspelt_word_gets_a_correction_that_finds_the_article_with_all_the_words()
    {
        var json = await SearchJsonAsync("Secretary Blinkn");
        var page = await PageAsync("/?q=Secretary+Blinkn");
        var link = page.QuerySelector("a.did-you-mean");

        Assert.That(DidYouMean(json), Is.EqualTo("Secretary Blinken"));
        Assert.That(link?.TextContent, Is.EqualTo("Secretary Blinken"));
        var corrected = await PageAsync(link!.GetAttribute("href")!);
        Assert.That(Text(corrected.QuerySelector("p.notice:not(.notice--translations)")),
            Is.EqualTo("Few articles have all of these words (1); articles with some of them follow."), "the corrected words are all in one article");
        Assert.That(corrected.QuerySelector("ol.hits a")?.GetAttribute("href"), Does.Contain(SampleArticles.BlinkenC5Plus1));
    }

    [Test]
    public async Task A_misspelt_german_word_is_corrected_in_its_own_spelling_with_sharp_s()
    {
        var json = await SearchJsonAsync("Außenminster");
        var page = await PageAsync("/?q=Au%C3%9Fenminster");

        Assert.That(DidYouMean(json), Is.EqualTo("Außenminister"));
        Assert.That(page.QuerySelector("a.did-you-mean")?.TextContent, Is.EqualTo("Außenminister"));
    }

    [Test]
    public async Task A_german_prefix_is_completed_with_its_umlauts()
    {
        using var response = await Client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString("Auß"));
        var suggestions = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .EnumerateArray().Select(s => s.GetString()!).ToList();

        Assert.That(suggestions, Has.Some.StartsWith("Außenminister"));
        Assert.That(suggestions, Has.None.StartsWith("Aussen"));
    }
}
