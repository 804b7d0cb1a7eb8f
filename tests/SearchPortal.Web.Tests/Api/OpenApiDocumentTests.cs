using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Api;

public class OpenApiDocumentTests : PortalFixture
{
    [Test]
    public async Task The_openapi_document_is_served_and_describes_the_search_api_and_its_page_sizes()
    {
        using var response = await Client.GetAsync("/openapi/v1.json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.GetProperty("openapi").GetString(), Does.StartWith("3."));
        var paths = json.GetProperty("paths");
        Assert.That(paths.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "/api/search", "/api/suggest", "/api/articles/{id}" }));
        var parameters = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        var size = parameters.Single(p => p.GetProperty("name").GetString() == "size").GetProperty("schema");
        Assert.That(size.GetProperty("minimum").GetRawText(), Is.EqualTo("1"));
        Assert.That(size.GetProperty("maximum").GetRawText(), Is.EqualTo("100"));
        Assert.That(parameters.Select(p => p.GetProperty("name").GetString()), Is.SupersetOf(new[] { "q", "country", "year", "sort", "page" }));
        Assert.That(paths.EnumerateObject().Select(p => p.Name), Has.None.StartWith("/export").And.None.EqualTo("/opensearch.xml"));
    }

    [Test]
    public async Task The_page_footer_links_the_openapi_document()
    {
        var page = await PageAsync("/");

        Assert.That(page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")), Does.Contain("/openapi/v1.json"));
    }

    [TestCase(1)]
    [TestCase(37)]
    [TestCase(100)]
    public async Task Any_page_size_from_1_to_100_is_honoured(int size)
    {
        using var response = await Client.GetAsync($"/api/search?size={size}");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.GetProperty("hits").GetArrayLength(), Is.EqualTo(Math.Min(size, SampleArticles.Count)));
    }

    [Test]
    public async Task The_opensearch_description_offers_suggestions_and_the_atom_feed()
    {
        var description = XDocument.Parse(await Client.GetStringAsync("/opensearch.xml"));
        XNamespace openSearch = "http://a9.com/-/spec/opensearch/1.1/";
        var urls = description.Root!.Elements(openSearch + "Url").ToDictionary(u => u.Attribute("type")!.Value, u => u.Attribute("template")!.Value);

        Assert.That(urls["application/atom+xml"], Is.EqualTo("http://localhost/feed.atom?q={searchTerms}"));
        var suggestions = urls["application/x-suggestions+json"].Replace("{searchTerms}", "Tok", StringComparison.Ordinal);
        using var response = await Client.GetAsync(new Uri(suggestions).PathAndQuery);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/x-suggestions+json"));
        Assert.That(json[0].GetString(), Is.EqualTo("Tok"));
        Assert.That(json[1].EnumerateArray().Select(e => e.GetString()), Has.Some.StartsWith("Tokayev"));
    }
}
