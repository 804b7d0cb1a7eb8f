using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;

namespace SearchPortal.Web.Searching;

/// <summary>
/// The engine behind a cache of its last answers, keyed on the normalised request and the version of the live index,
/// so repeated searches (a popular query, the next click on the same page) skip the engine. Concurrent misses of one
/// key share one computation. An answer is stored only when the index stayed at its key's version from lookup to
/// answer, so no answer of one index version is ever served under another; the cache is emptied when the version changes.
/// </summary>
public sealed class SearchResultCache : IArticleSearch, IDisposable
{
    /// <summary>The DI key of the engine this cache decorates.</summary>
    public const string EngineKey = "engine";

    private readonly IArticleSearch engine;
    private readonly ArticleIndex index;
    private readonly IHttpContextAccessor http;
    private readonly MemoryCache? entries;
    private readonly ConcurrentDictionary<string, Lazy<(SearchResponse Response, bool Stored)>> computing = new(StringComparer.Ordinal);
    private readonly Lock switching = new();
    private IndexVersion? lastVersion;

    public SearchResultCache(
        [FromKeyedServices(EngineKey)] IArticleSearch engine, ArticleIndex index, IOptions<SearchPortalOptions> options, IHttpContextAccessor http)
    {
        this.engine = engine;
        this.index = index;
        this.http = http;
        var capacity = options.Value.ResultCacheEntries;
        if (capacity > 0)
        {
            // Compact by a quarter at a time: a full cache under load should not evict on every insert.
            entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });
        }
    }

    /// <summary>How many answers the cache holds now.</summary>
    public int Count => entries?.Count ?? 0;

    /// <summary>The cached answer for the request, or the engine's, stored for the next asker; the response header says which.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (entries is null)
        {
            return engine.Search(request);
        }

        // No version: no index yet (the engine says so) or a switch under way, whose answer could belong to either side.
        if (index.Version is not { } version)
        {
            ResultCacheHeader.Add(http.HttpContext?.Response, cached: false);
            return engine.Search(request);
        }

        var clock = Stopwatch.StartNew();
        Forget(version);
        var key = Key(request, version);
        if (entries.TryGetValue(key, out SearchResponse? cached) && cached is not null)
        {
            return Cached(cached, clock);
        }

        var mine = new Lazy<(SearchResponse, bool)>(() => Compute(key, request, version), LazyThreadSafetyMode.ExecutionAndPublication);
        var shared = computing.GetOrAdd(key, mine);
        try
        {
            var (response, stored) = shared.Value;
            if (ReferenceEquals(shared, mine) && !stored)
            {
                ResultCacheHeader.Add(http.HttpContext?.Response, cached: false);
                return response;
            }

            return Cached(response, clock);
        }
        finally
        {
            computing.TryRemove(new KeyValuePair<string, Lazy<(SearchResponse, bool)>>(key, shared));
        }
    }

    /// <summary>Exports are streamed from the engine, never cached: each one is read once and may be large.</summary>
    public HitExport Export(SearchRequest request, int limit) => engine.Export(request, limit);

    public ArticleView? Find(string id, string? highlightQuery = null) => engine.Find(id, highlightQuery);

    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int count = 5) => engine.MoreLikeThis(id, count);

    public IReadOnlyList<string> Suggest(string prefix, int count = 8) => engine.Suggest(prefix, count);

    public IReadOnlyList<SearchPortal.Search.FacetCounting.FacetCount> FacetValues(string dimension, string prefix, int count = 20, bool mentions = false) =>
        engine.FacetValues(dimension, prefix, count, mentions);

    public void Dispose() => entries?.Dispose();

    /// <summary>Every field that shapes the answer, each length-prefixed so no two requests share a key.</summary>
    internal static string Key(SearchRequest request, IndexVersion indexVersion)
    {
        var key = new StringBuilder(128);
        Field(key, indexVersion.Generation);
        Field(key, indexVersion.Commit.ToString(CultureInfo.InvariantCulture));
        Field(key, request.Query);
        foreach (var (dimension, values) in request.Filters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (values.Count == 0)
            {
                continue;
            }

            Field(key, dimension);
            Field(key, values.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var value in values)
            {
                Field(key, value);
            }
        }

        key.Append('|');
        Field(key, string.Join(',', request.FacetDimensions ?? ["*"]));
        key.Append(CultureInfo.InvariantCulture, $"{request.Match}|{request.Sort}|{request.Page}|{request.PageSize}|{request.Snippets}|{request.SnippetsPerHit}|{request.FacetTopN}|{request.SuggestCorrections}|{request.Mentions}|{request.Translate}");
        return key.ToString();
    }

    private (SearchResponse Response, bool Stored) Compute(string key, SearchRequest request, IndexVersion version)
    {
        // A computation of the same key may have finished between this request's lookup and its claim.
        if (entries!.TryGetValue(key, out SearchResponse? stored) && stored is not null)
        {
            return (stored, true);
        }

        var response = engine.Search(request);

        // The same version before and after (none in between while a switch runs) means the engine read that version.
        if (index.Version == version)
        {
            entries.Set(key, response, new MemoryCacheEntryOptions { Size = 1 });
        }

        return (response, false);
    }

    private SearchResponse Cached(SearchResponse response, Stopwatch clock)
    {
        ResultCacheHeader.Add(http.HttpContext?.Response, cached: true);

        // Readers are told what this request cost: the lookup, not the original search.
        return response with { Took = clock.Elapsed };
    }

    private void Forget(IndexVersion current)
    {
        if (current == Volatile.Read(ref lastVersion))
        {
            return;
        }

        lock (switching)
        {
            if (current != lastVersion)
            {
                // The old version's answers can never match again; free their memory now rather than by eviction.
                entries!.Clear();
                lastVersion = current;
            }
        }
    }

    private static void Field(StringBuilder key, string value) =>
        key.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
}
