using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Api;

public class SearchApiTests : PortalFixture
{
    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Json)> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(body).RootElement.Clone());
    }

    [Test]
    public async Task Search_returns_hits_facets_and_time_in_the_cli_json_shape()
    {
        var (status, mediaType, json) = await GetJsonAsync("/api/search?q=Tokayev");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(mediaType, Is.EqualTo("application/json"));
        Assert.That(json.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(2));
        Assert.That(json.GetProperty("took_ms").ValueKind, Is.EqualTo(JsonValueKind.Number));
        var hit = json.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == SampleArticles.ConsultativeMeeting);
        Assert.That(hit.GetProperty("date").GetString(), Is.EqualTo("2024-08-09"));
        Assert.That(hit.GetProperty("lang").GetString(), Is.EqualTo("en"));
        Assert.That(hit.GetProperty("score").GetDouble(), Is.GreaterThan(0));
        Assert.That(hit.GetProperty("title").GetString(), Does.StartWith("VI Consultative Meeting"));
        var facets = hit.GetProperty("facets");
        Assert.That(facets.GetProperty("year").GetInt32(), Is.EqualTo(2024));
        Assert.That(facets.GetProperty("official").EnumerateArray().Select(e => e.GetString()), Does.Contain("Kassym-Jomart Tokayev"));
        Assert.That(facets.GetProperty("country").ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(facets.GetProperty("format").ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(hit.GetProperty("snippets").EnumerateArray().Select(s => s.GetString()), Has.Some.Contains("<mark>"));

        var dimensions = json.GetProperty("facets").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(dimensions, Is.EqualTo(new[] { "country", "format", "year", "official", "lang" }));
        var english = json.GetProperty("facets").GetProperty("lang").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "en");
        Assert.That(english.GetProperty("count").GetInt32(), Is.GreaterThanOrEqualTo(2));
        Assert.That(english.GetProperty("selected").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Search_filters_repeat_and_mark_their_values_selected()
    {
        var (_, _, json) = await GetJsonAsync("/api/search?lang=de&lang=en&sort=newest&size=20");

        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(SampleArticles.Count));
        var languages = json.GetProperty("facets").GetProperty("lang").EnumerateArray().ToList();
        Assert.That(languages.Select(v => v.GetProperty("selected").GetBoolean()), Is.All.True);
    }

    [TestCase("page=0", "page")]
    [TestCase("page=abc", "page")]
    [TestCase("size=0", "size")]
    [TestCase("size=101", "size")]
    [TestCase("size=-5", "size")]
    [TestCase("size=ten", "size")]
    [TestCase("sort=best", "sort")]
    [TestCase("year=MMXXIV", "year")]
    [TestCase("q=Xi", "q")]
    [TestCase("sort=newest&sort=oldest", "sort")]
    public async Task An_invalid_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        var (status, mediaType, json) = await GetJsonAsync("/api/search?q=summit&" + query);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(mediaType, Is.EqualTo("application/problem+json"));
        Assert.That(json.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(json.GetProperty("parameter").GetString(), Is.EqualTo(parameter));
        Assert.That(json.GetProperty("title").GetString(), Does.Contain(parameter));
    }

    [Test]
    public async Task A_page_past_the_end_is_an_empty_page_not_an_error()
    {
        var (status, _, json) = await GetJsonAsync("/api/search?page=50");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(SampleArticles.Count));
        Assert.That(json.GetProperty("hits").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task An_article_comes_with_its_text_and_the_evidence_of_each_facet_value()
    {
        var (status, _, json) = await GetJsonAsync("/api/articles/" + SampleArticles.TokayevXiCall);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.GetProperty("id").GetString(), Is.EqualTo(SampleArticles.TokayevXiCall));
        Assert.That(json.GetProperty("date").GetString(), Is.EqualTo("2021-06-02"));
        Assert.That(json.GetProperty("text").GetString(), Does.Contain("Xi Jinping"));
        var official = json.GetProperty("evidence").GetProperty("official").GetProperty("Kassym-Jomart Tokayev");
        Assert.That(official.EnumerateArray().Select(s => s.GetString()), Has.Some.Contains("Tokayev"));
        Assert.That(json.GetProperty("facets").GetProperty("country").EnumerateArray().Select(c => c.GetString()), Does.Contain("China"));
    }

    [Test]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var (status, mediaType, json) = await GetJsonAsync("/api/articles/nothing-here");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(mediaType, Is.EqualTo("application/problem+json"));
        Assert.That(json.GetProperty("status").GetInt32(), Is.EqualTo(404));
    }

    [Test]
    public async Task Suggest_completes_a_prefix_from_names_and_title_words()
    {
        var (status, _, json) = await GetJsonAsync("/api/suggest?q=Tok");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var suggestions = json.EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.That(suggestions, Is.Not.Empty);
        Assert.That(suggestions, Has.Some.Contains("Tokayev").IgnoreCase);
    }

    [Test]
    public async Task Suggest_for_nothing_is_an_empty_list()
    {
        var (_, _, json) = await GetJsonAsync("/api/suggest?q=");

        Assert.That(json.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(json.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task An_unknown_api_address_is_a_problem_not_an_html_page()
    {
        using var response = await Client.GetAsync("/api/nothing");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [TestCase("/api/articles/" + SampleArticles.ConsultativeMeeting + "?q=Tokayev&q=Xi")]
    [TestCase("/api/suggest?q=Tok&q=Xi")]
    public async Task A_repeated_q_is_a_400_problem_naming_it_on_every_endpoint(string url)
    {
        var (status, mediaType, json) = await GetJsonAsync(url);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(mediaType, Is.EqualTo("application/problem+json"));
        Assert.That(json.GetProperty("parameter").GetString(), Is.EqualTo("q"));
        Assert.That(json.GetProperty("detail").GetString(), Is.EqualTo("q may be given only once."));
    }
}
