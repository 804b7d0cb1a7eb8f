using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

/// <summary>A CURRENT pointer that cannot be followed, at start and under a serving portal, and an index folder deleted.</summary>
public class BrokenPointerTests
{
    [Test]
    public async Task A_portal_started_on_a_garbage_current_answers_503_and_health_is_unhealthy_with_the_reason()
    {
        using var factory = new PortalFactory { SampleCorpus = "" };
        Directory.CreateDirectory(factory.IndexPath);
        File.WriteAllText(Path.Combine(factory.IndexPath, "CURRENT"), "garbage\n");
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/?q=Tokayev");
        using var api = await client.GetAsync("/api/search?q=Tokayev");
        using var health = await client.GetAsync("/health");

        Assert.That((int)page.StatusCode, Is.EqualTo(503));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("no index yet").And.Not.Contain("   at "));
        Assert.That((int)api.StatusCode, Is.EqualTo(503));
        Assert.That(api.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var reason = await health.Content.ReadAsStringAsync();
        Assert.That(reason, Does.StartWith("Unhealthy").And.Contain("names 'garbage', which is not a generation"));
    }

    [Test]
    public async Task A_garbage_current_under_a_serving_portal_keeps_it_serving_and_makes_health_degraded_with_the_reason()
    {
        using var factory = new PortalFactory { Settings = new Dictionary<string, string?> { ["SearchPortal:RefreshInterval"] = "00:00:00.100" } };
        using var client = factory.CreateClient();
        var location = factory.Services.GetRequiredService<ArticleIndex>().Location;

        // Written aside and moved in, as the indexer does: the refresher polls every 100 ms and could otherwise read
        // the file between its truncation and its text, an empty pointer rather than a garbage one.
        var written = Path.Combine(location.RootPath, "CURRENT.garbage");
        File.WriteAllText(written, "garbage\n");
        File.Move(written, Path.Combine(location.RootPath, "CURRENT"), overwrite: true);
        var health = await HealthOnceDegraded(client);

        Assert.That(health, Does.Contain("names 'garbage', which is not a generation"));
        using var search = await client.GetAsync("/api/search?q=Tokayev");
        Assert.That((int)search.StatusCode, Is.EqualTo(200), "the open generation keeps serving");
    }

    [Test]
    public async Task Deleting_the_index_folder_under_a_serving_portal_makes_health_degraded_with_the_reason()
    {
        using var factory = new PortalFactory { Settings = new Dictionary<string, string?> { ["SearchPortal:RefreshInterval"] = "00:00:00.100" } };
        using var client = factory.CreateClient();

        Directory.Delete(factory.IndexPath, recursive: true);
        var health = await HealthOnceDegraded(client);

        Assert.That(health, Does.Contain("No search index found at " + factory.IndexPath));
        using var search = await client.GetAsync("/api/search?q=Tokayev");
        Assert.That((int)search.StatusCode, Is.EqualTo(200), "the files it holds open keep answering");
    }

    private static async Task<string> HealthOnceDegraded(HttpClient client)
    {
        var health = "";
        var degraded = await Polling.Until(async () =>
        {
            using var response = await client.GetAsync("/health");
            health = await response.Content.ReadAsStringAsync();
            return health.StartsWith("Degraded", StringComparison.Ordinal);
        });
        Assert.That(degraded, Is.True, "last health answer: " + health);
        return health;
    }
}
