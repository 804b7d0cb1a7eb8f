using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;

namespace SearchPortal.Web.Searching;

/// <summary>
/// The last answers of the engine, keyed on the normalised request and the index version, so repeated searches (a
/// popular query, the next click on the same page) skip the engine. Bounded by entry count; emptied when the index
/// version changes, and a key never matches across versions, so an answer from an old index is never served.
/// </summary>
public sealed class SearchResultCache : IDisposable
{
    private readonly MemoryCache? entries;
    private readonly IndexVersion version;
    private readonly Lock switching = new();
    private string? lastVersion;

    public SearchResultCache(IOptions<SearchPortalOptions> options, IndexVersion version)
    {
        this.version = version;
        var capacity = options.Value.ResultCacheEntries;
        if (capacity > 0)
        {
            // Compact by a quarter at a time: a full cache under load should not evict on every insert.
            entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });
        }
    }

    public bool Enabled => entries is not null;

    /// <summary>How many answers the cache holds now.</summary>
    public int Count => entries?.Count ?? 0;

    /// <summary>The cached answer for the request, or the engine's, stored for the next asker; Cached says which.</summary>
    public (SearchResponse Response, bool Cached) GetOrSearch(SearchRequest request, Func<SearchRequest, SearchResponse> search)
    {
        if (entries is null)
        {
            return (search(request), false);
        }

        var key = Key(request, CurrentVersion());
        if (entries.TryGetValue(key, out SearchResponse? cached) && cached is not null)
        {
            return (cached, true);
        }

        var response = search(request);
        entries.Set(key, response, new MemoryCacheEntryOptions { Size = 1 });
        return (response, false);
    }

    public void Dispose() => entries?.Dispose();

    private string CurrentVersion()
    {
        var current = version.Current();
        if (current != Volatile.Read(ref lastVersion))
        {
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

        return current;
    }

    /// <summary>Every field that shapes the answer, each length-prefixed so no two requests share a key.</summary>
    internal static string Key(SearchRequest request, string indexVersion)
    {
        var key = new StringBuilder(128);
        Field(key, indexVersion);
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
        key.Append(CultureInfo.InvariantCulture, $"{request.Sort}|{request.Page}|{request.PageSize}|{request.Snippets}|{request.SnippetsPerHit}|{request.FacetTopN}|{request.RequireAllWords}|{request.SuggestCorrections}");
        return key.ToString();
    }

    private static void Field(StringBuilder key, string value) =>
        key.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
}
