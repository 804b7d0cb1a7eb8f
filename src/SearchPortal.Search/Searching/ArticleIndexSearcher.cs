using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The searcher over one opened index: looks the plain terms of a query up together (<see cref="QueryTermStates"/>)
/// with enumerators it keeps (<see cref="CursorPool{T}"/>), and keeps each field's collection statistics, which cannot
/// change while its reader is open, less the spelling tokens (<see cref="SpellingPhrases"/>), so that BM25's average
/// field length is that of the words alone.
/// </summary>
internal sealed class ArticleIndexSearcher : IndexSearcher
{
    // Lucene recomputes a field's statistics for every term of a query, merging the segments' term dictionaries anew.
    // Fields come from the schema, but a cap keeps an odd caller's field names from growing the cache without end.
    private const int MaxCachedFields = 256;

    private readonly ConcurrentDictionary<string, CollectionStatistics> fieldStatistics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(int Leaf, string Fingerprint), bool> tokenizedLeaves = new();
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

        var statistics = WithoutSpellingTokens(base.CollectionStatistics(field));
        if (fieldStatistics.Count < MaxCachedFields)
        {
            fieldStatistics.TryAdd(field, statistics);
        }

        return statistics;
    }

    /// <summary>
    /// Whether every article of <paramref name="leaf"/> was written with the spelling tokens named
    /// <paramref name="fingerprint"/>, so that a phrase of that set stands exactly where its token does.
    /// </summary>
    public bool HasSpellingTokens(AtomicReaderContext leaf, string fingerprint) =>
        tokenizedLeaves.GetOrAdd((leaf.Ord, fingerprint), static (key, reader) =>
            reader.Leaves[key.Leaf].AtomicReader is var segment && segment.MaxDoc > 0
            && segment.DocFreq(new Term(ArticleFields.SpellingTokens, key.Fingerprint)) == segment.MaxDoc, IndexReader);

    // The tokens stand at their last word's position and count in no norm; left in the totals they would lengthen the
    // average field and change every score of the field.
    private CollectionStatistics WithoutSpellingTokens(CollectionStatistics statistics)
    {
        if (statistics.SumTotalTermFreq < 0)
        {
            return statistics;
        }

        long occurrences = 0, documents = 0;
        var mark = new BytesRef(SpellingPhrases.TokenMark.ToString());
        foreach (var leaf in IndexReader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(statistics.Field)?.GetEnumerator() is not { } terms
                || terms.SeekCeil(mark) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                if (!StringHelper.StartsWith(terms.Term, mark))
                {
                    break;
                }

                occurrences += terms.TotalTermFreq;
                documents += terms.DocFreq;
            }
            while (terms.MoveNext());
        }

        return occurrences == 0
            ? statistics
            : new CollectionStatistics(statistics.Field, statistics.MaxDoc, statistics.DocCount, statistics.SumTotalTermFreq - occurrences, statistics.SumDocFreq - documents);
    }
}
