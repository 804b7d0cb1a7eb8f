using System.Net;
using System.Text.Json;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Api;

/// <summary>What the API says it did: the filters as applied (canonical values) and the match mode that answered.</summary>
public class AppliedFilterApiTests : PortalFixture
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Dictionary<string, string[]> Selected(JsonElement json) =>
        json.GetProperty("selected").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());

    [Test]
    public async Task A_country_spelt_in_german_is_reported_as_the_canonical_country_it_selected()
    {
        var json = await GetJsonAsync("/api/search?country=Kasachstan&country=Kazakhstan");

        Assert.That(Selected(json), Is.EquivalentTo(new Dictionary<string, string[]> { ["country"] = ["Kazakhstan"] }));
    }

    [Test]
    public async Task Without_filters_nothing_is_reported_selected()
    {
        var json = await GetJsonAsync("/api/search?q=Tokayev");

        Assert.That(Selected(json), Is.Empty);
    }

    [Test]
    public async Task A_language_given_by_its_german_name_finds_the_german_article_and_is_reported_by_its_code()
    {
        var json = await GetJsonAsync("/api/search?lang=Deutsch");

        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(json.GetProperty("hits")[0].GetProperty("id").GetString(), Is.EqualTo(SampleArticles.AlmatyGerman));
        Assert.That(Selected(json), Is.EquivalentTo(new Dictionary<string, string[]> { ["lang"] = ["de"] }));
    }

    [Test]
    public async Task A_language_the_archive_does_not_know_finds_nothing_and_is_reported_as_given()
    {
        var json = await GetJsonAsync("/api/search?q=summit&lang=klingon");

        Assert.That(json.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(Selected(json), Is.EquivalentTo(new Dictionary<string, string[]> { ["lang"] = ["klingon"] }));
    }

    [Test]
    public async Task A_query_whose_words_several_articles_have_together_is_answered_with_all_words()
    {
        var json = await GetJsonAsync("/api/search?q=Central+Asia+cooperation");

        Assert.That(json.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(ArticleSearcher.WidenBelow));
        Assert.That(json.GetProperty("matched").GetString(), Is.EqualTo("all"));
        Assert.That(json.TryGetProperty("notice", out _), Is.False);
    }

    [Test]
    public async Task A_query_whose_words_one_article_has_together_shows_it_first_then_articles_with_some_and_says_so()
    {
        var json = await GetJsonAsync("/api/search?q=Tokayev+Xi");

        Assert.That(json.GetProperty("matched").GetString(), Is.EqualTo("any"));
        Assert.That(json.GetProperty("notice").GetString(), Is.EqualTo("Few articles have all of these words (1); articles with some of them follow."));
        Assert.That(json.GetProperty("hits")[0].GetProperty("id").GetString(), Is.EqualTo(SampleArticles.TokayevXiCall));
        Assert.That(json.GetProperty("total").GetInt32(), Is.GreaterThan(1));
    }

    [Test]
    public async Task A_query_whose_words_no_article_has_together_says_it_was_answered_with_any_word_and_keeps_the_notice()
    {
        var json = await GetJsonAsync("/api/search?q=Tokayev+Blinken");

        Assert.That(json.GetProperty("matched").GetString(), Is.EqualTo("any"));
        Assert.That(json.GetProperty("notice").GetString(), Is.EqualTo(ArticleSearcher.AnyWordNotice));
        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(3));
    }
}
