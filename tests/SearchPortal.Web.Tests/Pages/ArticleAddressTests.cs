using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// Articles whose ids hold slashes, spaces, '?', '#', '%' or Cyrillic, as White House ids do: every link the portal writes
/// to them opens them, in process and on Kestrel (which decodes paths itself), and so does the API.
/// </summary>
[TestFixture(false)]
[TestFixture(true)]
public sealed class ArticleAddressTests(bool onKestrel)
{
    private static readonly HtmlParser Parser = new();
    private AwkwardIdCorpus corpus = null!;
    private PortalFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartPortal()
    {
        corpus = new AwkwardIdCorpus();
        factory = new PortalFactory { SampleCorpus = corpus.Folder };
        if (onKestrel)
        {
            var port = FreePort();
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
            factory.StartServer();
            client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        }
        else
        {
            client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }
    }

    [OneTimeTearDown]
    public void StopPortal()
    {
        client.Dispose();
        factory.Dispose();
        corpus.Dispose();
    }

    [Test]
    public async Task Every_result_link_opens_its_article_whatever_its_id_holds()
    {
        var results = await PageAsync("/?size=20");

        var links = results.QuerySelectorAll(".hit__title a").Select(a => (Title: a.TextContent.Trim(), Href: a.GetAttribute("href")!)).ToList();
        Assert.That(links, Has.Count.EqualTo(AwkwardIdCorpus.Ids.Count));
        foreach (var (title, href) in links)
        {
            var article = await PageAsync(href);
            Assert.That(article.QuerySelector("h1")?.TextContent.Trim(), Is.EqualTo(title), href);
        }
    }

    [Test]
    public async Task A_result_link_from_a_search_opens_the_article_with_the_query_marked()
    {
        var results = await PageAsync("/?q=uranium");

        var hrefs = results.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.That(hrefs, Is.Not.Empty);
        foreach (var href in hrefs)
        {
            var article = await PageAsync(href);
            Assert.That(article.QuerySelectorAll(".article__text mark").Select(m => m.TextContent), Has.Some.EqualTo("uranium"), href);
        }
    }

    [Test]
    public async Task Every_related_link_opens_its_article()
    {
        var opened = new HashSet<string>();
        foreach (var href in await ResultHrefsAsync())
        {
            var article = await PageAsync(href);
            var related = article.QuerySelectorAll(".related__list a").Select(a => (Title: a.TextContent.Trim(), Href: a.GetAttribute("href")!)).ToList();
            Assert.That(related, Is.Not.Empty, href);
            foreach (var (title, relatedHref) in related)
            {
                var page = await PageAsync(relatedHref);
                Assert.That(page.QuerySelector("h1")?.TextContent.Trim(), Is.EqualTo(title), relatedHref);
                opened.Add(relatedHref);
            }
        }

        Assert.That(opened, Has.Count.EqualTo(AwkwardIdCorpus.Ids.Count), "each article is somebody's related article");
    }

    [Test]
    public async Task The_white_house_article_has_a_readable_address_with_its_slashes()
    {
        var hrefs = await ResultHrefsAsync();

        Assert.That(hrefs, Does.Contain("/articles/" + AwkwardIdCorpus.WhiteHouseId));
    }

    [Test]
    public async Task The_api_returns_each_article_at_its_page_address_under_api()
    {
        var ids = new List<string>();
        foreach (var href in await ResultHrefsAsync())
        {
            using var response = await client.GetAsync("/api" + href);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), href);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(json.RootElement.GetProperty("id").GetString()!);
        }

        Assert.That(ids, Is.EquivalentTo(AwkwardIdCorpus.Ids));
    }

    [TestCase("/articles/whitehouse/no/such/statement")]
    [TestCase("/articles/")]
    [TestCase("/articles")]
    public async Task An_unknown_or_empty_id_is_the_friendly_404(string url)
    {
        var page = await PageAsync(url, expectedStatus: 404);

        Assert.That(page.QuerySelector("h1")?.TextContent.Trim(), Is.EqualTo("This page is not in the archive"));
    }

    [TestCase("/api/articles/whitehouse/no/such/statement")]
    [TestCase("/api/articles/")]
    public async Task An_unknown_or_empty_id_is_a_404_problem_from_the_api(string url)
    {
        using var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    private async Task<List<string>> ResultHrefsAsync()
    {
        var results = await PageAsync("/?size=20");
        return results.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")!).ToList();
    }

    private async Task<IHtmlDocument> PageAsync(string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(expectedStatus), $"GET {url}");
        return Parser.ParseDocument(html);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
