using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The searcher over one opened index: looks the plain terms of a query up together (<see cref="QueryTermStates"/>)
/// with enumerators it keeps (<see cref="CursorPool{T}"/>), and keeps each field's collection statistics, which cannot
/// change while its reader is open.
/// </summary>
internal sealed class ArticleIndexSearcher : IndexSearcher
{
    // Lucene recomputes a field's statistics for every term of a query, merging the segments' term dictionaries anew.
    // Fields come from the schema, but a cap keeps an odd caller's field names from growing the cache without end.
    private const int MaxCachedFields = 256;

    private readonly ConcurrentDictionary<string, CollectionStatistics> fieldStatistics = new(StringComparer.Ordinal);
    private KnownTermWeights? termWeights;

    public ArticleIndexSearcher(IndexReader reader)
        : base(reader)
    {
        TermCursors = new CursorPool<TermCursors>(TopReaderContext, top => new TermCursors(top));
        Postings = new CursorPool<PostingsCursors>(TopReaderContext, top => new PostingsCursors(top));
        TermStates = new KnownTermStates(TermCursors);
    }

    /// <summary>The states of the terms this searcher's requests looked up, kept for the next ones.</summary>
    public KnownTermStates TermStates { get; }

    /// <summary>The normalised similarity weights of this searcher's term clauses, kept for the next requests.</summary>
    /// <remarks>Made for the similarity the searcher has when first asked (the factory sets it before any request); two
    /// requests racing to make it leave one spare, whose weights are simply not kept.</remarks>
    public KnownTermWeights TermWeights => termWeights ??= new KnownTermWeights(Similarity);

    /// <summary>The terms enumerators of this searcher's reader, lent to one term look-up at a time.</summary>
    public CursorPool<TermCursors> TermCursors { get; }

    /// <summary>The postings enumerators of this searcher's reader, lent to one request at a time (<see cref="PostingsLoan"/>).</summary>
    public CursorPool<PostingsCursors> Postings { get; }

    /// <summary>The first pages of the unfiltered list of every article in this searcher's reader.</summary>
    public EveryArticlePages EveryArticle { get; } = new();

    public override Weight CreateNormalizedWeight(Query query) =>
        base.CreateNormalizedWeight(QueryTermStates.Resolve(query, TopReaderContext, TermCursors));

    public override CollectionStatistics CollectionStatistics(string field)
    {
        if (fieldStatistics.TryGetValue(field, out var known))
        {
            return known;
        }

        var statistics = base.CollectionStatistics(field);
        if (fieldStatistics.Count < MaxCachedFields)
        {
            fieldStatistics.TryAdd(field, statistics);
        }

        return statistics;
    }
}
