using System.Diagnostics;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Searching;

/// <summary>
/// How the portal searches, for pages and API alike: all words required, like a web search engine; when that finds
/// nothing, any of the words, with a notice saying so. Explicit OR in the query still means OR. Answers come from the
/// result cache when it holds them.
/// </summary>
public sealed class PortalSearch(IArticleSearch engine, SearchResultCache cache)
{
    /// <summary>Shown above the results when no article had all the words and the portal widened to any of them.</summary>
    public const string AnyWordNotice = "No article has all of these words; showing articles with any of them.";

    public bool CacheEnabled => cache.Enabled;

    public PortalAnswer Search(SearchState state, int facetTopN)
    {
        var clock = Stopwatch.StartNew();
        var (response, cached) = cache.GetOrSearch(state.ToRequest(facetTopN), AllWordsThenAny);
        // A cached answer took the lookup, not the original search; readers are told what this request cost.
        return new PortalAnswer(cached ? response with { Took = clock.Elapsed } : response, cached);
    }

    private SearchResponse AllWordsThenAny(SearchRequest request)
    {
        var allWords = engine.Search(request);
        if (allWords.Total > 0 || string.IsNullOrWhiteSpace(request.Query))
        {
            return allWords;
        }

        // Zero hits with every word required: ask again with any word. The did-you-mean of the first answer is kept,
        // so it is computed once (the second search does not look for one).
        var anyWord = engine.Search(request with { RequireAllWords = false, SuggestCorrections = false });
        if (anyWord.Total == 0)
        {
            return allWords;
        }

        var notice = allWords.Notice is null ? AnyWordNotice : allWords.Notice + " " + AnyWordNotice;
        return anyWord with
        {
            Notice = notice,
            DidYouMean = allWords.DidYouMean,
            Took = allWords.Took + anyWord.Took,
        };
    }
}

/// <summary>The portal's answer to one search: the engine's response and whether it came from the result cache.</summary>
public sealed record PortalAnswer(SearchResponse Response, bool Cached);
