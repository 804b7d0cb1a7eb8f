using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SearchPortal.Web.Tests.Support;

/// <summary>Base of the in-process test classes: one portal and one fresh sample index per fixture.</summary>
public abstract class PortalFixture
{
    private static readonly HtmlParser Parser = new();

    private PortalFactory factory = null!;

    internal PortalFactory Factory => factory;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartPortal()
    {
        factory = new PortalFactory();
        Client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public void StopPortal()
    {
        Client.Dispose();
        factory.Dispose();
    }

    /// <summary>GETs a page, checks its status, and parses it.</summary>
    protected async Task<IHtmlDocument> PageAsync(string url, int expectedStatus = 200)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(expectedStatus), $"GET {url}");
        return Parser.ParseDocument(html);
    }

    protected static string Text(AngleSharp.Dom.IElement? element) => element?.TextContent.Trim() ?? "";
}
