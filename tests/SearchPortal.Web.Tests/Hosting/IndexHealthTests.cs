using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

/// <summary>Breaks the next generation under a running portal, so it has a portal (and an index) of its own.</summary>
public class IndexHealthTests
{
    private PortalFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartPortal()
    {
        factory = new PortalFactory { Settings = new Dictionary<string, string?> { ["SearchPortal:RefreshInterval"] = "00:00:00.100" } };
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task A_generation_that_cannot_be_opened_makes_health_degraded_with_the_reason_while_the_old_one_serves()
    {
        using (var healthy = await client.GetAsync("/health"))
        {
            Assert.That(await healthy.Content.ReadAsStringAsync(), Does.StartWith("Healthy"));
        }

        // A generation whose files are garbage, switched in as a broken copy or a full disk would leave it.
        var location = factory.Services.GetRequiredService<ArticleIndex>().Location;
        const string broken = "g-29991231T235959999";
        Directory.CreateDirectory(location.GenerationPath(broken));
        File.WriteAllText(Path.Combine(location.GenerationPath(broken), "segments_1"), "not an index");
        File.WriteAllText(Path.Combine(location.GenerationPath(broken), "_0.cfs"), "not a segment either");
        File.WriteAllText(Path.Combine(location.RootPath, "CURRENT"), broken + "\n");

        string health = "";
        var degraded = await Polling.Until(async () =>
        {
            using var response = await client.GetAsync("/health");
            health = await response.Content.ReadAsStringAsync();
            return health.StartsWith("Degraded", StringComparison.Ordinal);
        });

        Assert.That(degraded, Is.True, "last health answer: " + health);
        Assert.That(health, Does.Contain(broken));
        using var search = await client.GetAsync("/api/search?q=Tokayev");
        var json = JsonDocument.Parse(await search.Content.ReadAsStringAsync()).RootElement;
        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(2), "the previous generation keeps serving");
    }
}
