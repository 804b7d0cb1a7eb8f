using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

/// <summary>A portal started on an empty index folder with no sample corpus to build from.</summary>
public class NoIndexTests
{
    private PortalFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartWithoutIndex()
    {
        factory = new PortalFactory { SampleCorpus = "" };
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
    }

    [TestCase("/")]
    [TestCase("/?q=Tokayev")]
    [TestCase("/search?q=Tokayev")]
    public async Task A_search_page_without_an_index_says_the_archive_has_no_index_yet(string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.That((int)response.StatusCode, Is.EqualTo(503), url);
        Assert.That(page.QuerySelector("h1")?.TextContent, Does.Contain("no index yet"), url);
        Assert.That(html, Does.Not.Contain("NoIndexException").And.Not.Contain("   at "), url);
    }

    [Test]
    public async Task The_search_api_without_an_index_is_a_503_problem()
    {
        using var response = await client.GetAsync("/api/search?q=Tokayev");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(503));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain("no index yet"));
        Assert.That(body, Does.Not.Contain("NoIndexException"));
    }

    [Test]
    public async Task Health_without_an_index_is_unhealthy()
    {
        using var response = await client.GetAsync("/health");

        Assert.That((int)response.StatusCode, Is.EqualTo(503));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("Unhealthy"));
    }
}
