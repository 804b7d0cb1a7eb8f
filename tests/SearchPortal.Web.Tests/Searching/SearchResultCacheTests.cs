using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Searching;

public class SearchResultCacheTests : PortalFixture
{
    private WebApplicationFactory<Program> cached = null!;
    private WebApplicationFactory<Program> uncached = null!;
    private WebApplicationFactory<Program> small = null!;

    [OneTimeSetUp]
    public void StartCountingPortals()
    {
        cached = WithCountingEngine(Factory, cacheEntries: 100);
        uncached = WithCountingEngine(Factory, cacheEntries: 0);
        small = WithCountingEngine(Factory, cacheEntries: 3);
    }

    [OneTimeTearDown]
    public void StopCountingPortals()
    {
        cached.Dispose();
        uncached.Dispose();
        small.Dispose();
    }

    internal static WebApplicationFactory<Program> WithCountingEngine(WebApplicationFactory<Program> factory, int cacheEntries) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SearchPortal:ResultCacheEntries"] = cacheEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<CountingArticleSearch>();
                services.AddKeyedSingleton<IArticleSearch>(SearchResultCache.EngineKey, (provider, _) => provider.GetRequiredService<CountingArticleSearch>());
            });
        });

    internal static async Task<(string? CacheHeader, JsonElement Json)> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/search?" + query);
        response.EnsureSuccessStatusCode();
        var header = response.Headers.TryGetValues(ResultCacheHeader.Name, out var values) ? values.Single() : null;
        return (header, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string WithoutTook(JsonElement json) =>
        JsonSerializer.Serialize(json.EnumerateObject().Where(p => p.Name != "took_ms").ToDictionary(p => p.Name, p => p.Value));

    [Test]
    public async Task The_portal_warms_the_engine_as_it_starts_without_putting_answers_in_the_cache()
    {
        using var client = cached.CreateClient();
        var engine = cached.Services.GetRequiredService<CountingArticleSearch>();

        Assert.That(engine.Searches, Is.GreaterThanOrEqualTo(4), "the warm-up's searches reach the engine");
        Assert.That((await SearchAsync(client, "q=Gipfel")).CacheHeader, Is.EqualTo("miss"), "a warm-up query is not cached");
    }

    [Test]
    public async Task A_repeated_search_is_answered_from_the_cache_with_the_same_result()
    {
        using var client = cached.CreateClient();
        var engine = cached.Services.GetRequiredService<CountingArticleSearch>();
        var before = engine.Searches;

        var first = await SearchAsync(client, "q=Kazakhstan+cooperation&lang=en");
        var second = await SearchAsync(client, "q=Kazakhstan+cooperation&lang=en");

        Assert.That(first.CacheHeader, Is.EqualTo("miss"));
        Assert.That(second.CacheHeader, Is.EqualTo("hit"));
        Assert.That(engine.Searches - before, Is.EqualTo(1));
        Assert.That(WithoutTook(second.Json), Is.EqualTo(WithoutTook(first.Json)));
    }

    [Test]
    public async Task The_search_page_and_the_api_share_cached_answers()
    {
        using var client = cached.CreateClient();
        var engine = cached.Services.GetRequiredService<CountingArticleSearch>();
        var before = engine.Searches;

        await SearchAsync(client, "q=secretariat");
        using var page = await client.GetAsync("/?q=secretariat");

        Assert.That(page.Headers.GetValues(ResultCacheHeader.Name).Single(), Is.EqualTo("hit"));
        Assert.That(engine.Searches - before, Is.EqualTo(1));
    }

    [TestCase("q=Tokayev", "q=Tokayev&page=2")]
    [TestCase("q=Tokayev", "q=Tokayev&sort=newest")]
    [TestCase("q=Tokayev", "q=Tokayev&lang=de")]
    [TestCase("q=Tokayev", "q=Tokayev&size=20")]
    [TestCase("q=Tokayev", "q=Tokayev+Xi")]
    [TestCase("q=Tokayev", "q=Tokayev&more=official")]
    public async Task Requests_that_differ_in_anything_shaping_the_answer_are_cached_apart(string first, string second)
    {
        using var client = cached.CreateClient();
        await SearchAsync(client, first);

        var (header, _) = await SearchAsync(client, second);

        Assert.That(header, Is.EqualTo("miss"));
    }

    [Test]
    public async Task The_cache_keeps_no_more_answers_than_configured()
    {
        using var client = small.CreateClient();
        foreach (var query in new[] { "Tokayev", "Blinken", "Almaty", "secretariat", "Xi", "Kazakhstan" })
        {
            await SearchAsync(client, "q=" + query);
        }

        Assert.That(small.Services.GetRequiredService<SearchResultCache>().Count, Is.InRange(1, 3));
    }

    [Test]
    public async Task With_the_cache_off_every_search_reaches_the_engine_and_no_cache_header_is_sent()
    {
        using var client = uncached.CreateClient();
        var engine = uncached.Services.GetRequiredService<CountingArticleSearch>();
        var before = engine.Searches;

        var first = await SearchAsync(client, "q=Almaty");
        var second = await SearchAsync(client, "q=Almaty");

        Assert.That(engine.Searches - before, Is.EqualTo(2));
        Assert.That(first.CacheHeader, Is.Null);
        Assert.That(second.CacheHeader, Is.Null);
        Assert.That(WithoutTook(second.Json), Is.EqualTo(WithoutTook(first.Json)));
    }
}
