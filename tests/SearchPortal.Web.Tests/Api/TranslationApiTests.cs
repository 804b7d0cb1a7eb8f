using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Api;

/// <summary>Query translation in the API and the portal: listed when on, off with translate=0, a bad value refused.</summary>
public class TranslationApiTests : PortalFixture
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Test]
    public async Task A_German_word_lists_its_English_translations_as_also_searched()
    {
        var json = await GetJsonAsync("/api/search?q=Gipfel");

        Assert.That(json.GetProperty("translate").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("also_searched").EnumerateArray().Select(e => e.GetString()), Does.Contain("summit"));
    }

    [Test]
    public async Task Translate_0_searches_the_typed_words_only()
    {
        var json = await GetJsonAsync("/api/search?q=Gipfel&translate=0");

        Assert.That(json.GetProperty("translate").GetBoolean(), Is.False);
        Assert.That(json.TryGetProperty("also_searched", out _), Is.False);
    }

    [Test]
    public async Task A_translate_value_other_than_1_or_0_is_refused_with_the_parameter_named()
    {
        using var response = await Client.GetAsync("/api/search?q=Gipfel&translate=maybe");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString(), Is.EqualTo("translate"));
    }

    [Test]
    public async Task The_portal_shows_the_translations_searched_with_a_way_to_turn_them_off()
    {
        var page = await Client.GetStringAsync("/?q=Gipfel");
        var off = await Client.GetStringAsync("/?q=Gipfel&translate=0");

        Assert.That(page, Does.Contain("Also searched: summit, top, pinnacle."));
        Assert.That(page, Does.Contain("translate=0"));
        Assert.That(off, Does.Not.Contain("Also searched"));
        Assert.That(off, Does.Contain("Only the words as typed were searched."));
    }

    [Test]
    public async Task Translated_words_are_marked_in_the_snippets_and_on_the_article_page()
    {
        // "Außenminister" finds the English C5+1 article through "foreign minister"; both places mark those words.
        var results = await PageAsync("/?q=Au%C3%9Fenminister");
        var card = results.QuerySelectorAll("ol.hits > li.hit").First(hit => hit.QuerySelector("a")!.GetAttribute("href")!.Contains(SampleArticles.BlinkenC5Plus1, StringComparison.Ordinal));
        var article = await PageAsync($"/articles/{SampleArticles.BlinkenC5Plus1}?q=Au%C3%9Fenminister");

        Assert.That(card.QuerySelectorAll("mark").Select(m => m.TextContent.ToLowerInvariant()), Is.SupersetOf(new[] { "foreign", "ministers" }));
        Assert.That(article.QuerySelectorAll("article mark, main mark").Select(m => m.TextContent.ToLowerInvariant()), Is.SupersetOf(new[] { "foreign", "ministers" }));
    }
}
