using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Api;

/// <summary>The year and country rules of the query language and the filters, through the JSON API.</summary>
public class FacetQueryApiTests : PortalFixture
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string[] Ids(JsonElement json) =>
        [.. json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    [Test]
    public async Task Year_query_finds_articles_of_that_year()
    {
        var json = await GetJsonAsync("/api/search?q=year:2024");

        Assert.That(Ids(json), Is.EquivalentTo(new[] { SampleArticles.XianSecretariat, SampleArticles.ConsultativeMeeting }));
    }

    [Test]
    public async Task Year_range_query_finds_articles_of_those_years()
    {
        var json = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("year:2021..2024"));

        Assert.That(Ids(json), Is.EquivalentTo(new[]
        {
            SampleArticles.XianSecretariat, SampleArticles.TokayevXiCall, SampleArticles.ConsultativeMeeting,
        }));
    }

    [Test]
    public async Task Country_filter_accepts_any_spelling_and_marks_the_canonical_value_selected()
    {
        var json = await GetJsonAsync("/api/search?country=Kasachstan");

        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(SampleArticles.Count));
        var kazakhstan = json.GetProperty("facets").GetProperty("country").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == "Kazakhstan");
        Assert.That(kazakhstan.GetProperty("selected").GetBoolean(), Is.True);
    }
}
