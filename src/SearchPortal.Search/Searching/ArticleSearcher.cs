using System.Globalization;
using SearchPortal.Search.Indexing;
using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Input;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>Ranked, faceted search over the live index generation. Thread-safe: one per application.</summary>
public sealed class ArticleSearcher : IArticleSearch
{
    /// <summary>Shown when no article had all the words and <see cref="MatchMode.AllWordsThenAny"/> widened to any of them.</summary>
    public const string AnyWordNotice = "No article has all of these words; showing articles with any of them.";

    /// <summary>
    /// Added when fewer than <see cref="WidenBelow"/> articles had every word: {0} is how many did. They rank first, since
    /// the any-word query scores an article with every word about twice (LuceneQueryBuilder's coordination).
    /// </summary>
    public const string FewAllWordsNotice = "Few articles have all of these words ({0}); articles with some of them follow.";

    /// <summary>
    /// Under <see cref="MatchMode.AllWordsThenAny"/> an all-words answer of fewer articles is widened to any word: a
    /// question in one language has all its words in one paragraph, and its translation in the other language ranks
    /// only among the any-word hits (xquad-bilingual through the portal: nDCG@10 0.8137 and the other-language paragraph
    /// in the top 10 for 78 % of the questions when only an empty answer widened; 0.8532 and 86 % below 3, 0.8533 below 10).
    /// </summary>
    public const int WidenBelow = 3;

    /// <summary>Added when an any-word search kept only the rarest of many words (<see cref="AnyWordBound"/>): {0} is how many.</summary>
    public const string RarestWordsNotice = "Only the {0} rarest of these words were searched for.";

    /// <summary>The postings the words of an any-word query of many words may walk together (<see cref="AnyWordBound.MaxPostings"/>).</summary>
    internal long MaxAnyWordPostings
    {
        get => queries.MaxAnyWordPostings;
        init => queries = queries.Within(queries.MaxPrefixPostings, value);
    }

    /// <summary>Added when a search ran out of its <see cref="CollectionBudget"/> and stopped collecting hits.</summary>
    public const string IncompleteNotice = "This search took too long and was stopped early: the results and counts may be incomplete.";

    /// <summary>
    /// The portal's default <see cref="CollectionBudget"/>: far above what an ordinary query takes on 226,604 articles
    /// even on a loaded machine (wall time there runs several times the CPU time), a guard against what the query
    /// bounds did not foresee rather than the bound that keeps ordinary requests cheap.
    /// </summary>
    public static TimeSpan DefaultCollectionBudget => TimeSpan.FromSeconds(1);
    private readonly ArticleIndex index;
    private readonly FacetVocabulary vocabulary;
    private readonly Analyzer indexAnalyzer;
    private readonly SnippetHighlighter highlighter;
    private readonly QueryCompleter completer;
    private readonly FacetValueLookup facetValues;
    private readonly RequestQueries queries;
    private readonly PageReader pages;
    private readonly ExportQuery exports;

    // Built on the first search: analysing every spelling for six fields takes a moment the tests' many engines skip.
    private readonly Lazy<SpellingPhrases> spellingPhrases;

    // Searches under way: a search cuts the index into parallel runs only while it is the only one, since under
    // concurrent load the other cores are already busy with other requests and splitting would only add overhead.
    private int running;

    /// <summary>The engine over <paramref name="index"/>: queries, snippets and related articles analysed as the index was written.</summary>
    public ArticleSearcher(ArticleIndex index, FacetVocabulary vocabulary)
        : this(index, vocabulary, (index ?? throw new ArgumentNullException(nameof(index))).Analyzer)
    {
    }

    internal ArticleSearcher(ArticleIndex index, FacetVocabulary vocabulary, Analyzer indexAnalyzer, Analyzer queryAnalyzer, SnippetHighlighter highlighter)
    {
        this.index = index ?? throw new ArgumentNullException(nameof(index));
        this.vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        this.indexAnalyzer = indexAnalyzer ?? throw new ArgumentNullException(nameof(indexAnalyzer));
        var highlighting = highlighter ?? throw new ArgumentNullException(nameof(highlighter));
        if (queryAnalyzer is ArticleAnalyzer { SpellingPhrases: not null } || indexAnalyzer is ArticleAnalyzer { SpellingPhrases: not null })
        {
            // Its tokens would stand among a query's words as if they were parts of a compound.
            throw new ArgumentException("An analyzer that writes spelling tokens only writes the index; search with the plain one.", nameof(queryAnalyzer));
        }

        queries = new RequestQueries(new QueryTextAnalysis(queryAnalyzer ?? throw new ArgumentNullException(nameof(queryAnalyzer))), vocabulary, indexAnalyzer);
        pages = new PageReader(index.FacetOrdinals, highlighting, new TitleMarker(indexAnalyzer));
        exports = new ExportQuery(vocabulary, queries);
        spellingPhrases = new Lazy<SpellingPhrases>(() => SpellingPhrases.Of(vocabulary, queryAnalyzer));
        this.highlighter = highlighting;
        completer = new QueryCompleter(vocabulary);
        facetValues = new FacetValueLookup(vocabulary);
    }

    /// <summary>
    /// Queries analyzed like the index (the query builder turns German compound parts into a weaker all-parts option),
    /// a highlighter over the index analyzer.
    /// </summary>
    internal ArticleSearcher(ArticleIndex index, FacetVocabulary vocabulary, Analyzer indexAnalyzer)
        : this(index, vocabulary, indexAnalyzer, indexAnalyzer, new SnippetHighlighter(indexAnalyzer))
    {
    }

    /// <summary>How many runs of segments a search over a large index is cut into, searched in parallel while no other
    /// search is under way: one per core by default.</summary>
    internal int Slices { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether phrases the index holds as spelling tokens are read from them (<see cref="SpellingPhrases"/>);
    /// off, every phrase is read from its words' positions, with the same answers.</summary>
    internal bool ReadsSpellingTokens { get; init; } = true;

    /// <summary>From how many documents an index is searched in slices (<see cref="SlicedSearch.ParallelFromDocs"/>).</summary>
    internal int SlicedFromDocs { get; init; } = SlicedSearch.ParallelFromDocs;

    /// <summary>The postings the prefixes of one query may read together (<see cref="PrefixBound.MaxPostings"/>).</summary>
    internal long MaxPrefixPostings
    {
        get => queries.MaxPrefixPostings;
        init => queries = queries.Within(value, queries.MaxAnyWordPostings);
    }

    /// <summary>
    /// The time one search may take from its start, counted while it collects hits over all its passes (all words,
    /// did-you-mean's check, the any-word fallback); past it collection stops, snippets are left out, and the answer
    /// carries <see cref="IncompleteNotice"/>. Off (infinite) unless set: batch runs and the CLI want every hit, the
    /// portal sets its configured budget.
    /// </summary>
    public TimeSpan CollectionBudget { get; init; } = Timeout.InfiniteTimeSpan;

    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        return Leased(searcher =>
        {
            var alone = Interlocked.Increment(ref running) == 1;
            try
            {
                return SearchLeased(request, searcher, alone ? Slices : 1, clock);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        });
    }

    private SearchResponse SearchLeased(SearchRequest request, IndexSearcher searcher, int sliceCount, Stopwatch clock)
    {
        var budget = new SearchBudget(CollectionBudget);
        var resolved = FacetFilter.From(request.Filters, vocabulary);
        var applied = resolved.ToDictionary(f => f.Dimension, f => f.Values, StringComparer.Ordinal);
        IReadOnlyList<FacetFilter> filters = [.. resolved.Select(f => f with { Dimension = FacetFields.FieldOf(f.Dimension, request.Mentions) })];
        var allWords = request.Match != MatchMode.AnyWord;
        var text = QueryText.Clean(request.Query);

        // Read once: the any-word fallback reuses every word's expansion, and every pass the terms looked up.
        var reading = queries.Reading(text, request.Translate, request.Match);

        // Every pass below runs to its end before the request returns: the kept postings go back after the last.
        using var postings = PostingsLoan.From(searcher);
        var present = new PresentTerms(searcher, postings, ReadsSpellingTokens ? spellingPhrases.Value : null);
        var parsed = queries.First(searcher, present, reading, request.Match);
        var slices = SlicedSearch.Slices(searcher.IndexReader, sliceCount, SlicedFromDocs);

        var answer = pages.Read(request, searcher, parsed, filters, slices, budget);

        // Under all words the correction must find more articles with all its words, or it would offer a dead end.
        var didYouMean = queries.DidYouMean(request, text, searcher, present, parsed, filters, answer.Total, allWords, budget);
        var translations = parsed.Translations;
        if (RequestQueries.Widens(request, text, answer.Total))
        {
            var anyParsed = queries.Widened(searcher, present, reading, out var cut);
            var widened = pages.Read(request, searcher, anyParsed, filters, slices, budget);

            // The words' translations as the widening left them, shown with either answer.
            translations = anyParsed.Translations;

            // One word, or words that always come together, find the same articles either way: nothing to say.
            if (widened.Total > answer.Total)
            {
                var widenNotice = answer.Total == 0 ? AnyWordNotice : string.Format(CultureInfo.InvariantCulture, FewAllWordsNotice, answer.Total);
                var notice = Join(Join(Join(parsed.Notice, widenNotice), cut), budget.Cut ? IncompleteNotice : null);
                return new SearchResponse(widened.Total, widened.Hits, widened.Facets, clock.Elapsed, MatchMode.AnyWord, applied, notice, didYouMean)
                {
                    Translations = translations ?? [],
                };
            }
        }

        var matched = allWords ? MatchMode.AllWords : MatchMode.AnyWord;
        return new SearchResponse(answer.Total, answer.Hits, answer.Facets, clock.Elapsed, matched, applied, Join(parsed.Notice, budget.Cut ? IncompleteNotice : null), didYouMean)
        {
            Translations = translations ?? [],
        };
    }

    public HitExport Export(SearchRequest request, int limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var lease = index.Lease();
        var handedOver = false;
        try
        {
            var export = exports.Open(request, limit, lease);
            handedOver = true;
            return export;
        }
        catch (Exception ex) when (LuceneFailures.IsCorruption(ex))
        {
            throw LuceneFailures.Corrupt(index.Location.RootPath, ex);
        }
        finally
        {
            if (!handedOver)
            {
                lease.Dispose();
            }
        }
    }

    public ArticleView? Find(string id, string? highlightQuery = null) => Leased(searcher =>
    {
        var docId = DocIdOf(searcher, id);
        if (docId < 0)
        {
            return null;
        }

        var stored = searcher.Doc(docId);
        var terms = QueryTerms.None;
        if (!string.IsNullOrWhiteSpace(highlightQuery) && queries.Parse(QueryText.Clean(highlightQuery), requireAllWords: false) is { MatchesAll: false } parsed)
        {
            terms = QueryTerms.From(parsed.Query, searcher.IndexReader);
        }

        var text = ArticleDocumentReader.ReadText(searcher.IndexReader, docId);
        var language = stored.Get(ArticleFields.Language) ?? Core.Articles.ArticleLanguage.Unknown;
        return SearchHitReader.ToView(stored, text, highlighter.HighlightAll(searcher.IndexReader, docId, text, language, terms));
    });

    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int count = 5) => Leased<IReadOnlyList<SearchHit>>(searcher =>
    {
        var docId = DocIdOf(searcher, id);
        if (docId < 0 || count <= 0)
        {
            return [];
        }

        var stored = searcher.Doc(docId);
        var query = RelatedArticles.LikeThis(searcher.IndexReader, indexAnalyzer, stored, ArticleDocumentReader.ReadText(searcher.IndexReader, docId));
        return searcher.Search(query, count).ScoreDocs.Select(d => pages.Hit(searcher, d, [])).ToList();
    });

    public IReadOnlyList<string> Suggest(string prefix, int count = 8) =>
        Leased(searcher => completer.Complete(searcher.IndexReader, QueryText.Clean(prefix), count));

    public IReadOnlyList<FacetCount> FacetValues(string dimension, string prefix, int count = 20, bool mentions = false)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        if (!FacetDimension.Countable.Contains(dimension) || FacetFields.Find(dimension) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "not a facet dimension");
        }

        return Leased(searcher => facetValues.Find(searcher.IndexReader, dimension, QueryText.Clean(prefix ?? ""), mentions, count));
    }

    /// <summary>Ids and scores of the best <paramref name="count"/> articles for a query, for batch runs: no facets, no snippets.</summary>
    public IReadOnlyList<(string Id, float Score)> TopIds(string query, int count, MatchMode match) => TopIds(query, count, match, translate: true);

    /// <summary>As <see cref="TopIds(string, int, MatchMode)"/>; <paramref name="translate"/> off searches the typed words only.</summary>
    public IReadOnlyList<(string Id, float Score)> TopIds(string query, int count, MatchMode match, bool translate)
    {
        // Batch runs rank one fixed query set: widening would make a run depend on which queries found nothing.
        var parsed = queries.Parse(QueryText.Clean(query), match != MatchMode.AnyWord, translate);
        return Leased<IReadOnlyList<(string Id, float Score)>>(searcher =>
        {
            var leaves = searcher.IndexReader.Leaves;
            var result = new List<(string, float)>(count);
            foreach (var scoreDoc in searcher.Search(parsed.Query, Math.Max(1, count)).ScoreDocs)
            {
                var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
                result.Add((ArticleDocumentReader.ReadId(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase), scoreDoc.Score));
            }

            return result;
        });
    }

    // One lease per call; Lucene's corruption errors leave the engine under its own name.
    private T Leased<T>(Func<IndexSearcher, T> work)
    {
        using var lease = index.Lease();
        try
        {
            return work(lease.Searcher);
        }
        catch (Exception ex) when (LuceneFailures.IsCorruption(ex))
        {
            throw LuceneFailures.Corrupt(index.Location.RootPath, ex);
        }
    }

    private static string? Join(string? first, string? second) => RequestQueries.Join(first, second);

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
