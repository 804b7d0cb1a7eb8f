using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

public class ExceptionHandlingTests : PortalFixture
{
    private HttpClient failing = null!;

    [OneTimeSetUp]
    public void BreakTheEngine()
    {
        failing = Factory
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IArticleSearch, FailingArticleSearch>()))
            .CreateClient();
    }

    [OneTimeTearDown]
    public void DisposeClient() => failing.Dispose();

    [Test]
    public async Task A_failing_search_page_shows_the_friendly_error_page_without_details()
    {
        using var response = await failing.GetAsync("/?q=Tokayev");
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Something went wrong on our side"));
        Assert.That(html, Does.Not.Contain("index unavailable"));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Does.Contain("DENY"));
    }

    [Test]
    public async Task A_failing_api_call_is_a_500_problem()
    {
        using var response = await failing.GetAsync("/api/search?q=Tokayev");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Not.Contain("index unavailable"));
    }
}
