using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Searching;

/// <summary>The cache as a decorator over the portal's own engine and index, with the engine held at a gate.</summary>
public class SearchResultCacheConcurrencyTests : PortalFixture
{
    private const int Askers = 8;

    [Test]
    public void Concurrent_misses_of_one_request_share_one_computation()
    {
        var services = Factory.Services;
        using var engine = new GatedArticleSearch(services.GetRequiredKeyedService<IArticleSearch>(SearchResultCache.EngineKey));
        using var cache = new SearchResultCache(
            engine,
            services.GetRequiredService<ArticleIndex>(),
            Options.Create(new SearchPortalOptions { IndexPath = Factory.IndexPath, ResultCacheEntries = 10 }),
            new HttpContextAccessor());
        var request = SearchRequest.For("Tokayev", MatchMode.AllWordsThenAny);
        using var started = new CountdownEvent(Askers);

        var askers = Enumerable.Range(0, Askers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                started.Signal();
                return cache.Search(request);
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Assert.That(engine.WaitForFirst(), Is.True);
        Assert.That(started.Wait(TimeSpan.FromSeconds(30)), Is.True);

        // Give the other askers time to reach the cache while the first computation is held; a cache without
        // protection sends each of them to the engine too.
        Thread.Sleep(200);
        engine.Open();
        Task.WaitAll(askers);

        Assert.That(engine.Searches, Is.EqualTo(1));
        Assert.That(askers.Select(a => a.Result.Total), Is.All.EqualTo(2));
        Assert.That(cache.Search(request).Total, Is.EqualTo(2));
        Assert.That(engine.Searches, Is.EqualTo(1), "the shared answer was stored");
    }
}
