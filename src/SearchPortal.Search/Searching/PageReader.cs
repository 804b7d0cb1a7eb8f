using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>Reads one page of a query's hits under a request's filters, sort and paging, with snippets and facet counts.</summary>
internal sealed class PageReader(FacetOrdinalCache facetOrdinals, SnippetHighlighter highlighter, TitleMarker titles)
{
    private const int MaxPageSize = 100;
    private const int MaxSnippets = 10;

    /// <summary>One page of hits and the facet counts of <paramref name="parsed"/>, its segments searched in <paramref name="slices"/>.</summary>
    public PageAnswer Read(SearchRequest request, IndexSearcher searcher, ParsedQuery parsed, IReadOnlyList<FacetFilter> filters, List<DocSlice[]> slices, SearchBudget budget)
    {
        var dimensions = FacetFields.FieldsOf(request.FacetDimensions, request.Mentions);

        // Filters on counted dimensions run drill-sideways (their own dimension counts as if unfiltered); the others only narrow.
        var facets = new FacetScope(dimensions, [.. filters.Where(f => dimensions.Contains(f.Dimension))], Math.Max(0, request.FacetTopN), facetOrdinals,
            EveryDocument: parsed.MatchesAll && filters.Count == 0);
        var query = FacetFilter.Narrow(parsed.Query, filters.Where(f => !dimensions.Contains(f.Dimension)));
        var sort = request.Sort == SearchSort.Relevance && parsed.MatchesAll ? SearchSort.Newest : request.Sort;
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var start = (long)(Math.Max(1, request.Page) - 1) * pageSize;
        var wanted = (int)Math.Min(start + pageSize, Math.Max(1, searcher.IndexReader.MaxDoc));

        var ranked = facets.EveryDocument && wanted <= EveryArticlePages.Depth && searcher is ArticleIndexSearcher engine
            ? engine.EveryArticle.Get(
                string.Join('|', [sort.ToString(), facets.TopN.ToString(CultureInfo.InvariantCulture), .. dimensions]),
                () => RankedHits.Collect(searcher, query, facets, SearchSorts.For(sort), Math.Min(EveryArticlePages.Depth, Math.Max(1, searcher.IndexReader.MaxDoc)), slices, budget),
                budget)
            : RankedHits.Collect(searcher, query, facets, SearchSorts.For(sort), wanted, slices, budget);
        var shown = ranked.Page(start, pageSize);

        // A search out of time shows its page without snippets rather than spend more on them.
        var marking = request.Snippets && shown.Length > 0 && !budget.Spent();
        var terms = marking && !parsed.MatchesAll ? QueryTerms.From(parsed.Query, searcher.IndexReader) : QueryTerms.None;
        var snippets = marking ? highlighter.BestSnippets(searcher.IndexReader, shown.Select(d => d.Doc).ToArray(), terms, Math.Clamp(request.SnippetsPerHit, 1, MaxSnippets)) : null;
        var columns = new HitColumns?[searcher.IndexReader.Leaves.Count];
        var hits = new List<SearchHit>(shown.Length);
        for (var i = 0; i < shown.Length; i++)
        {
            var hit = Hit(searcher, shown[i], snippets?[i] ?? [], columns);
            hits.Add(marking ? hit with { MarkedTitle = titles.Mark(hit.Title, hit.Language, terms) } : hit);
        }

        return new PageAnswer(ranked.Total, hits, [.. ranked.Facets.Select(f => f with { Dimension = FacetFields.DimensionOf(f.Dimension) })]);
    }

    /// <summary>The result-list entry of one ranked document, its score 0 where the sort left it unscored.</summary>
    public SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, IReadOnlyList<MarkedText> snippets) =>
        Hit(searcher, scoreDoc, snippets, new HitColumns?[searcher.IndexReader.Leaves.Count]);

    // The columns of each segment are looked up by the first of the page's hits in it.
    private SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, IReadOnlyList<MarkedText> snippets, HitColumns?[] columns)
    {
        var leaves = searcher.IndexReader.Leaves;
        var at = ReaderUtil.SubIndex(scoreDoc.Doc, leaves);
        var leaf = leaves[at];
        var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
        return (columns[at] ??= new HitColumns(leaf.AtomicReader, facetOrdinals.For(leaf.AtomicReader))).Read(scoreDoc.Doc - leaf.DocBase, score, snippets);
    }
}
