using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Api;

/// <summary>The API's mentions parameter widens country, format and official filters; the article JSON keeps both groups.</summary>
public class MentionsApiTests : PortalFixture
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string?> Ids(JsonElement json) => [.. json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString())];

    [Test]
    public async Task The_SCO_filter_finds_no_article_about_it_and_with_mentions_the_call_that_names_it()
    {
        var about = await GetJsonAsync("/api/search?format=SCO");
        Assert.That(about.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(about.GetProperty("mentions").GetBoolean(), Is.False);

        var widened = await GetJsonAsync("/api/search?format=SCO&mentions=1");
        Assert.That(Ids(widened), Is.EqualTo(new[] { SampleArticles.TokayevXiCall }));
        Assert.That(widened.GetProperty("mentions").GetBoolean(), Is.True);
        var sco = widened.GetProperty("facets").GetProperty("format").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "SCO");
        Assert.That(sco.GetProperty("count").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_mentions_value_other_than_1_or_0_is_refused_with_the_parameter_named()
    {
        using var response = await Client.GetAsync("/api/search?mentions=maybe");
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString(), Is.EqualTo("mentions"));
    }

    [Test]
    public async Task The_article_json_has_the_about_values_as_facets_and_the_mentions_with_their_evidence()
    {
        var json = await GetJsonAsync("/api/articles/" + SampleArticles.TokayevXiCall);
        Assert.That(json.GetProperty("facets").GetProperty("country").EnumerateArray().Select(e => e.GetString()), Is.EquivalentTo(new[] { "Kazakhstan", "China" }));
        Assert.That(json.GetProperty("evidence").GetProperty("country").TryGetProperty("United States", out _), Is.False);
        var us = json.GetProperty("mentions").GetProperty("country").GetProperty("United States");
        Assert.That(us.EnumerateArray().Select(e => e.GetString()), Has.Some.Contains("US troops"));
    }
}
