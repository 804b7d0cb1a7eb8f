using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

public class UnsupportedMethodTests : PortalFixture
{
    private static readonly string[] Methods = ["TRACE", "PUT", "DELETE", "POST", "PATCH", "PROPFIND"];

    private static readonly string[] PageUrls = ["/", "/?q=Tokayev", "/articles/" + SampleArticles.TokayevXiCall, "/health", "/css/site.css", "/no/such/page"];

    [Test]
    public async Task Pages_answer_other_methods_than_get_and_head_with_405_and_the_status_page([ValueSource(nameof(Methods))] string method, [ValueSource(nameof(PageUrls))] string url)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(405), $"{method} {url}");
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET", "HEAD", "OPTIONS" }));
        Assert.That(html, Does.Contain("That method is not supported here"));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Does.Contain("DENY"));
    }

    [TestCase("TRACE", "/api/search?q=Tokayev")]
    [TestCase("PUT", "/api/articles/" + SampleArticles.TokayevXiCall)]
    [TestCase("DELETE", "/api/suggest?q=Tok")]
    public async Task The_api_answers_other_methods_with_a_405_problem(string method, string url)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.That((int)response.StatusCode, Is.EqualTo(405));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy"), Is.Not.Empty);
    }

    [Test]
    public async Task Options_names_the_allowed_methods()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/"));

        Assert.That((int)response.StatusCode, Is.EqualTo(204));
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET", "HEAD", "OPTIONS" }));
    }

    [Test]
    public async Task Head_is_still_answered_like_get()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/" + SampleArticles.TokayevXiCall));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }
}
