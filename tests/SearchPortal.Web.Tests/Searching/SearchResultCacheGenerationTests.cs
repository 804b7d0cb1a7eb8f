using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Searching;

/// <summary>Switches a new index generation in under a running portal, so it has a fixture (and an index) of its own.</summary>
public class SearchResultCacheGenerationTests : PortalFixture
{
    private WebApplicationFactory<Program> portal = null!;
    private string smallCorpus = null!;

    [OneTimeSetUp]
    public void StartCountingPortal()
    {
        portal = SearchResultCacheTests.WithCountingEngine(Factory, cacheEntries: 100).WithWebHostBuilder(builder =>
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SearchPortal:RefreshInterval"] = "00:00:00.100",
            })));
        smallCorpus = Path.Combine(Path.GetTempPath(), "searchportal-web-tests", "corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(smallCorpus);
        var file = SampleArticles.TokayevXiCall + ".txt";
        File.Copy(Path.Combine(RepositoryRoot.SampleCorpus, file), Path.Combine(smallCorpus, file));
    }

    [OneTimeTearDown]
    public void StopCountingPortal()
    {
        portal.Dispose();
        Directory.Delete(smallCorpus, recursive: true);
    }

    [Test]
    public async Task A_rebuild_switched_in_is_picked_up_in_the_background_and_no_answer_of_the_old_one_is_served()
    {
        using var client = portal.CreateClient();
        var (_, before) = await SearchResultCacheTests.SearchAsync(client, "q=Tokayev");
        var (cachedHeader, _) = await SearchResultCacheTests.SearchAsync(client, "q=Tokayev");
        Assert.That(before.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(cachedHeader, Is.EqualTo("hit"));

        // A rebuild of one article, as the CLI would make it; no request comes until the portal has switched to it.
        var services = portal.Services;
        var index = services.GetRequiredService<ArticleIndex>();
        var pipeline = new IngestionPipeline(services.GetRequiredService<FacetVocabulary>());
        var report = new IndexRebuilder(index.Location)
            .Rebuild(pipeline.Sources.Read([smallCorpus], CancellationToken.None), pipeline.Annotator.Annotate, null, CancellationToken.None);
        Assert.That(await Polling.Until(() => index.Generation == report.Generation), Is.True, "the refresher never switched");

        var (header, after) = await SearchResultCacheTests.SearchAsync(client, "q=Tokayev");
        Assert.That(header, Is.EqualTo("miss"));
        Assert.That(after.GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(after.GetProperty("hits")[0].GetProperty("id").GetString(), Is.EqualTo(SampleArticles.TokayevXiCall));
    }
}
