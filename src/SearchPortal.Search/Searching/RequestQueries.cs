using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Querying;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The queries a search request runs, read from its text: the first query of its match mode, the any-word widening,
/// and a spelling correction's, each within the prefix and any-word bounds. Thread-safe: one per engine.
/// </summary>
internal sealed class RequestQueries(QueryTextAnalysis analysis, FacetVocabulary vocabulary, Analyzer indexAnalyzer, int keptReadings = QueryReadings.DefaultCapacity)
{
    private readonly QueryReadings readings = new((text, translate) =>
        new ArticleQueryParser(analysis, vocabulary, QueryTranslations.Default).Read(text, translate), keptReadings);

    // A correction is offered where a search finds little, as the all-words answer widens.
    private const int DidYouMeanBelow = ArticleSearcher.WidenBelow;

    /// <summary>The postings the prefixes of one query may read together (<see cref="PrefixBound.MaxPostings"/>).</summary>
    public long MaxPrefixPostings { get; init; } = PrefixBound.MaxPostings;

    /// <summary>The postings the words of an any-word query of many words may walk together (<see cref="AnyWordBound.MaxPostings"/>).</summary>
    public long MaxAnyWordPostings { get; init; } = AnyWordBound.MaxPostings;

    /// <summary>The same queries within other bounds.</summary>
    public RequestQueries Within(long maxPrefixPostings, long maxAnyWordPostings) =>
        new(analysis, vocabulary, indexAnalyzer, keptReadings) { MaxPrefixPostings = maxPrefixPostings, MaxAnyWordPostings = maxAnyWordPostings };

    /// <summary>How many query texts are kept read (<see cref="QueryReadings"/>).</summary>
    public int KeptReadings => readings.Count;

    // A parser keeps its analysed positions in a mutable list (FieldQueryFactory) while it builds a query, so it is
    // neither thread-safe nor reentrant: one per call, over the shared vocabulary.
    /// <summary>The query of <paramref name="text"/> in one match mode, unbounded: for batch runs and highlighting.</summary>
    public ParsedQuery Parse(string? text, bool requireAllWords, bool translate = true) =>
        new ArticleQueryParser(analysis, vocabulary, QueryTranslations.Default).Parse(text ?? string.Empty, requireAllWords, translate);

    /// <summary>
    /// A request's <paramref name="text"/> read for its match mode: the first query and the any-word widening share
    /// every word's expansion, and requests repeating the text share the reading.
    /// </summary>
    public KeptReading Reading(string text, bool translate, MatchMode match) => readings.Of(text, translate, match != MatchMode.AnyWord);

    /// <summary>The query a request is answered with first: all words (AllWords, AllWordsThenAny) or any word, within the bounds.</summary>
    public ParsedQuery First(IndexSearcher searcher, PresentTerms present, KeptReading reading, MatchMode match)
    {
        var parsed = Prefixed(searcher, present, reading.First);
        if (match != MatchMode.AnyWord)
        {
            return parsed;
        }

        parsed = Bounded(searcher, parsed, out var cut);
        return parsed with { Notice = Join(parsed.Notice, cut) };
    }

    /// <summary>
    /// Whether an all-words-then-any request whose all-words answer found fewer than <see cref="ArticleSearcher.WidenBelow"/>
    /// articles tries any word; the caller keeps the widened answer only when it finds more. The search page and the
    /// exports decide alike.
    /// </summary>
    public static bool Widens(SearchRequest request, string text, int allWordsTotal) =>
        request.Match == MatchMode.AllWordsThenAny && allWordsTotal < ArticleSearcher.WidenBelow && !string.IsNullOrWhiteSpace(text);

    /// <summary>The any-word query of the widening, within the prefix and any-word bounds; <paramref name="cut"/> says how many words were kept.</summary>
    public ParsedQuery Widened(IndexSearcher searcher, PresentTerms present, KeptReading reading, out string? cut) =>
        Bounded(searcher, Prefixed(searcher, present, reading.AnyWord), out cut);

    /// <summary>
    /// A spelling-corrected query for a query finding little, only when, under the same match mode and filters, it finds
    /// more than the original did.
    /// </summary>
    public string? DidYouMean(SearchRequest request, string text, IndexSearcher searcher, PresentTerms present, ParsedQuery parsed,
        IReadOnlyList<FacetFilter> filters, int total, bool allWords, SearchBudget budget)
    {
        if (!request.SuggestCorrections || total >= DidYouMeanBelow || parsed.MatchesAll || budget.Spent()
            || SpellingCorrector.Correct(searcher.IndexReader, text, indexAnalyzer) is not { } corrected)
        {
            return null;
        }

        // Counted under the request's budget: a count cut short offers no correction it could not confirm.
        var counter = new TotalHitCountCollector();
        var reading = new ArticleQueryParser(analysis, vocabulary, QueryTranslations.Default).Read(corrected, request.Translate);
        var query = FacetFilter.Narrow(Prefixed(searcher, present, reading.For(allWords)).Query, filters);
        SlicedSearch.Run(searcher.CreateNormalizedWeight(query), SlicedSearch.Slices(searcher.IndexReader, 1), [counter], budget);
        return counter.TotalHits > total && !budget.Cut ? corrected : null;
    }

    /// <summary>Two notices as one; either may be null.</summary>
    public static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;

    // An any-word query keeps only its rarest words; the notice (null when none went) says how many.
    private ParsedQuery Bounded(IndexSearcher searcher, ParsedQuery parsed, out string? notice)
    {
        var query = AnyWordBound.Bound(searcher, parsed.Query, out var dropped, out var kept, MaxAnyWordPostings);
        notice = dropped > 0 ? string.Format(CultureInfo.InvariantCulture, ArticleSearcher.RarestWordsNotice, kept) : null;
        return dropped > 0 ? parsed with { Query = query } : parsed;
    }

    // The prefixes of a query read at most PrefixBound's postings; the notice says when some expansions went. Then
    // only the clauses that can match stay (an empty query when none can: it matches nothing, as the whole would).
    private ParsedQuery Prefixed(IndexSearcher searcher, PresentTerms present, ParsedQuery parsed)
    {
        var query = PrefixBound.Bound(searcher.IndexReader, parsed.Query, out var cut, MaxPrefixPostings);
        var matchable = present.Matchable(query) ?? new BooleanQuery();
        return cut ? parsed with { Query = matchable, Notice = Join(parsed.Notice, PrefixBound.Notice) } : parsed with { Query = matchable };
    }
}
