using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>Ranked, faceted search over the live index generation. Thread-safe: one per application.</summary>
public sealed class ArticleSearcher : IArticleSearch
{
    private const int MaxPageSize = 100;
    private const int MaxSnippets = 10;
    private const int DidYouMeanBelow = 3;
    private readonly ArticleIndex index;
    private readonly FacetVocabulary vocabulary;
    private readonly Analyzer indexAnalyzer;
    private readonly Analyzer queryAnalyzer;
    private readonly SnippetHighlighter highlighter;
    private readonly QueryCompleter completer;

    // Searches under way: a search cuts the index into parallel runs only while it is the only one, since under
    // concurrent load the other cores are already busy with other requests and splitting would only add overhead.
    private int running;

    public ArticleSearcher(ArticleIndex index, FacetVocabulary vocabulary, Analyzer indexAnalyzer, Analyzer queryAnalyzer, SnippetHighlighter highlighter)
    {
        this.index = index ?? throw new ArgumentNullException(nameof(index));
        this.vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        this.indexAnalyzer = indexAnalyzer ?? throw new ArgumentNullException(nameof(indexAnalyzer));
        this.queryAnalyzer = queryAnalyzer ?? throw new ArgumentNullException(nameof(queryAnalyzer));
        this.highlighter = highlighter ?? throw new ArgumentNullException(nameof(highlighter));
        completer = new QueryCompleter(vocabulary);
    }

    /// <summary>
    /// The usual wiring: queries analyzed like the index (the query builder turns German compound parts into a weaker
    /// all-parts option), a highlighter over the index analyzer.
    /// </summary>
    public ArticleSearcher(ArticleIndex index, FacetVocabulary vocabulary, Analyzer indexAnalyzer)
        : this(index, vocabulary, indexAnalyzer, indexAnalyzer, new SnippetHighlighter(indexAnalyzer))
    {
    }

    /// <summary>How many runs of segments a search over a large index is cut into, searched in parallel while no other
    /// search is under way: one per core by default.</summary>
    internal int Slices { get; init; } = Environment.ProcessorCount;

    /// <summary>From how many documents an index is searched in slices (<see cref="SlicedSearch.ParallelFromDocs"/>).</summary>
    internal int SlicedFromDocs { get; init; } = SlicedSearch.ParallelFromDocs;

    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var parsed = Parse(request.Query, request.RequireAllWords);
        using var lease = index.Lease();
        var searcher = lease.Searcher;
        var alone = Interlocked.Increment(ref running) == 1;
        try
        {
            return SearchLeased(request, searcher, parsed, clock, alone ? Slices : 1);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private SearchResponse SearchLeased(SearchRequest request, IndexSearcher searcher, ParsedQuery parsed, Stopwatch clock, int sliceCount)
    {
        var dimensions = request.FacetDimensions ?? FacetDimension.All;
        var filters = FacetFilter.From(request.Filters, vocabulary);

        // Filters on counted dimensions run drill-sideways (their own dimension counts as if unfiltered); the others only narrow.
        var sideways = filters.Where(f => dimensions.Contains(f.Dimension)).ToList();
        var query = FacetFilter.Narrow(parsed.Query, filters.Where(f => !dimensions.Contains(f.Dimension)));
        var sort = request.Sort == SearchSort.Relevance && parsed.MatchesAll ? SearchSort.Newest : request.Sort;
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var start = (long)(page - 1) * pageSize;
        var wanted = (int)Math.Min(start + pageSize, Math.Max(1, searcher.IndexReader.MaxDoc));
        var slices = SlicedSearch.Slices(searcher.IndexReader, sliceCount, SlicedFromDocs);
        var sorting = SearchSorts.For(sort);

        // Several slices merge their tops by sort values, which the collectors then have to keep.
        var tops = slices.Select(_ => TopFieldCollector.Create(sorting, wanted, slices.Count > 1, true, false, true)).ToArray();
        int total;
        IReadOnlyList<FacetCounts> facets;
        if (dimensions.Count == 0 && sideways.Count == 0)
        {
            SlicedSearch.Run(searcher.CreateNormalizedWeight(query), slices, tops);
            total = tops.Sum(t => t.TotalHits);
            facets = [];
        }
        else
        {
            var filterSets = new SidewaysFilters(index.FacetOrdinals, sideways);
            var collectors = tops.Select(top => new DrillSidewaysCollector(filterSets, top, dimensions)).ToArray();
            SlicedSearch.Run(searcher.CreateNormalizedWeight(filterSets.Restrict(query)), slices, collectors);
            foreach (var other in collectors.Skip(1))
            {
                collectors[0].Add(other);
            }

            total = collectors[0].TotalHits;
            facets = collectors[0].Results(Math.Max(0, request.FacetTopN));
        }

        var hits = new List<SearchHit>();
        if (start < total)
        {
            var shown = tops.Length == 1
                ? tops[0].GetTopDocs((int)start, pageSize).ScoreDocs
                : TopDocs.Merge(sorting, (int)start, pageSize, tops.Select(t => (TopDocs)t.GetTopDocs()).ToArray()).ScoreDocs;
            var snippets = request.Snippets ? Snippets(searcher, parsed, shown, Math.Clamp(request.SnippetsPerHit, 1, MaxSnippets)) : null;
            for (var i = 0; i < shown.Length; i++)
            {
                hits.Add(Hit(searcher, shown[i], snippets?[i] ?? []));
            }
        }

        string? didYouMean = null;
        if (request.SuggestCorrections && total < DidYouMeanBelow && !parsed.MatchesAll)
        {
            didYouMean = BetterQuery(searcher, request.Query, filters, total);
        }

        return new SearchResponse(total, hits, facets, clock.Elapsed, parsed.Notice, didYouMean);
    }

    public ArticleView? Find(string id, string? highlightQuery = null)
    {
        using var lease = index.Lease();
        var searcher = lease.Searcher;
        var docId = DocIdOf(searcher, id);
        if (docId < 0)
        {
            return null;
        }

        var stored = searcher.Doc(docId);
        var terms = QueryTerms.None;
        if (!string.IsNullOrWhiteSpace(highlightQuery) && Parse(highlightQuery) is { MatchesAll: false } parsed)
        {
            terms = QueryTerms.From(parsed.Query, searcher.IndexReader);
        }

        var text = ArticleDocumentReader.ReadText(searcher.IndexReader, docId, stored);
        var language = stored.Get(ArticleFields.Language) ?? Core.Articles.ArticleLanguage.Unknown;
        return ArticleDocumentReader.ToView(stored, text, highlighter.HighlightAll(searcher.IndexReader, docId, text, language, terms));
    }

    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int count = 5)
    {
        using var lease = index.Lease();
        var searcher = lease.Searcher;
        var docId = DocIdOf(searcher, id);
        if (docId < 0 || count <= 0)
        {
            return [];
        }

        var stored = searcher.Doc(docId);
        var query = RelatedArticles.LikeThis(searcher.IndexReader, indexAnalyzer, stored, ArticleDocumentReader.ReadText(searcher.IndexReader, docId, stored));
        return searcher.Search(query, count).ScoreDocs.Select(d => Hit(searcher, d, [])).ToList();
    }

    public IReadOnlyList<string> Suggest(string prefix, int count = 8)
    {
        using var lease = index.Lease();
        return completer.Complete(lease.Searcher.IndexReader, prefix ?? string.Empty, count);
    }

    /// <summary>Ids and scores of the best <paramref name="count"/> articles for a query, for batch runs: no facets, no snippets.</summary>
    public IReadOnlyList<(string Id, float Score)> TopIds(string query, int count)
    {
        var parsed = Parse(query);
        using var lease = index.Lease();
        var searcher = lease.Searcher;
        var leaves = searcher.IndexReader.Leaves;
        var result = new List<(string, float)>(count);
        foreach (var scoreDoc in searcher.Search(parsed.Query, Math.Max(1, count)).ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            result.Add((ArticleDocumentReader.ReadId(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase), scoreDoc.Score));
        }

        return result;
    }

    // Query parsers are neither thread-safe nor reusable (LUCENENET #632): one per call, over the shared vocabulary.
    private ParsedQuery Parse(string? text, bool requireAllWords = false) =>
        new ArticleQueryParser(queryAnalyzer, vocabulary).Parse(text ?? string.Empty, requireAllWords);

    // Snippets for the page only: the query's terms are gathered once, then each segment's hits are read together.
    private IReadOnlyList<string>[] Snippets(IndexSearcher searcher, ParsedQuery parsed, ScoreDoc[] page, int perHit)
    {
        var terms = parsed.MatchesAll ? QueryTerms.None : QueryTerms.From(parsed.Query, searcher.IndexReader);
        return highlighter.BestSnippets(searcher.IndexReader, page.Select(d => d.Doc).ToArray(), terms, perHit);
    }

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, IReadOnlyList<string> snippets)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
        var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
        return ArticleDocumentReader.ReadHit(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase, score, snippets);
    }

    /// <summary>A spelling-corrected query, only when it finds more than the original under the same filters.</summary>
    private string? BetterQuery(IndexSearcher searcher, string query, IReadOnlyList<FacetFilter> filters, int total)
    {
        if (SpellingCorrector.Correct(searcher.IndexReader, query, indexAnalyzer) is not { } corrected)
        {
            return null;
        }

        var filtered = new BooleanQuery { { Parse(corrected).Query, Occur.MUST } };
        foreach (var filter in filters)
        {
            filtered.Add(filter.ToQuery(), Occur.MUST);
        }

        var counter = new TotalHitCountCollector();
        searcher.Search(filtered, counter);
        return counter.TotalHits > total ? corrected : null;
    }

    private static int DocIdOf(IndexSearcher searcher, string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return -1;
        }

        var found = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1).ScoreDocs;
        return found.Length == 0 ? -1 : found[0].Doc;
    }
}
