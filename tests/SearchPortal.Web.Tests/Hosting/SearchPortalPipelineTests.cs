using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

public class SearchPortalPipelineTests : PortalFixture
{
    [Test]
    public async Task Health_reports_healthy_once_the_sample_index_is_built()
    {
        using var response = await Client.GetAsync("/health");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("Healthy: 5 articles in generation g-"));
    }

    [Test]
    public async Task The_opensearch_description_is_served_and_linked_from_every_page()
    {
        using var response = await Client.GetAsync("/opensearch.xml");
        var xml = await response.Content.ReadAsStringAsync();
        var page = await PageAsync("/");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/opensearchdescription+xml"));
        Assert.That(xml, Does.Contain("template=\"http://localhost/?q={searchTerms}\""));
        Assert.That(page.QuerySelector("link[rel=search]")!.GetAttribute("href"), Is.EqualTo("/opensearch.xml"));
    }

    [Test]
    public async Task Static_assets_come_from_the_top_level_wwwroot()
    {
        using var css = await Client.GetAsync("/css/site.css");
        using var js = await Client.GetAsync("/js/site.js");

        Assert.That(css.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
        Assert.That(await css.Content.ReadAsStringAsync(), Does.Contain(".evidence:focus-within .evidence__tip"));
        Assert.That(await js.Content.ReadAsStringAsync(), Does.Contain("/api/suggest").Or.Contain("data-suggest"));
    }

    [Test]
    public async Task The_sample_index_is_built_into_the_configured_folder_on_first_start()
    {
        await PageAsync("/");

        Assert.That(Directory.EnumerateFileSystemEntries(Factory.IndexPath), Is.Not.Empty);
    }
}
