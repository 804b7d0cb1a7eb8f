using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

public class SecurityHeadersMiddlewareTests : PortalFixture
{
    [TestCase("/")]
    [TestCase("/?q=Tokayev")]
    [TestCase("/articles/" + SampleArticles.TokayevXiCall)]
    [TestCase("/articles/unknown")]
    [TestCase("/api/search?q=summit")]
    [TestCase("/api/search?page=0")]
    [TestCase("/css/site.css")]
    [TestCase("/js/site.js")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await Client.GetAsync(url);

        string Header(string name) => string.Join(",", response.Headers.GetValues(name));
        Assert.That(Header("Content-Security-Policy"), Is.EqualTo(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'"));
        Assert.That(Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header("Referrer-Policy"), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(Header("X-Frame-Options"), Is.EqualTo("DENY"));
    }

    [Test]
    public async Task Pages_have_no_inline_script_or_style_for_the_policy_to_block()
    {
        var page = await PageAsync("/?q=Tokayev");

        Assert.That(page.QuerySelectorAll("script:not([src])"), Is.Empty);
        Assert.That(page.QuerySelectorAll("style, [style]"), Is.Empty);
        Assert.That(page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name), Has.None.StartsWith("on"));
    }
}
