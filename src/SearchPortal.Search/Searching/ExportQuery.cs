using Lucene.Net.Search;
using SearchPortal.Core.Input;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// What an export walks: the search page's reading of the same request (filters, match mode and its widening), its
/// total, and its order, without facets or snippets; newest first where relevance cannot rank (every article matches).
/// </summary>
internal sealed class ExportQuery(FacetVocabulary vocabulary, RequestQueries queries)
{
    /// <summary>The export of <paramref name="request"/>'s hits, at most <paramref name="limit"/>, over the searcher
    /// of <paramref name="lease"/>, which the export then holds.</summary>
    public HitExport Open(SearchRequest request, int limit, IndexLease lease)
    {
        IReadOnlyList<FacetFilter> filters = [.. FacetFilter.From(request.Filters, vocabulary)
            .Select(f => f with { Dimension = FacetFields.FieldOf(f.Dimension, request.Mentions) })];
        // The articles the search page lists for the same request: its translation, bounds and widening.
        var text = QueryText.Clean(request.Query);
        var reading = queries.Reading(text, request.Translate, request.Match);
        var present = new PresentTerms(lease.Searcher);
        var parsed = queries.First(lease.Searcher, present, reading, request.Match);

        var matched = request.Match == MatchMode.AnyWord ? MatchMode.AnyWord : MatchMode.AllWords;
        var query = FacetFilter.Narrow(parsed.Query, filters);
        var total = CountHits(lease.Searcher, query);
        if (RequestQueries.Widens(request, text, total))
        {
            var anyParsed = queries.Widened(lease.Searcher, present, reading, out _);
            var anyQuery = FacetFilter.Narrow(anyParsed.Query, filters);
            if (CountHits(lease.Searcher, anyQuery) is var anyTotal && anyTotal > total)
            {
                (parsed, query, total, matched) = (anyParsed, anyQuery, anyTotal, MatchMode.AnyWord);
            }
        }

        var sort = request.Sort == SearchSort.Relevance && parsed.MatchesAll ? SearchSort.Newest : request.Sort;
        return new HitExport(lease, query, SearchSorts.For(sort), total, limit, matched);
    }

    private static int CountHits(IndexSearcher searcher, Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }
}
