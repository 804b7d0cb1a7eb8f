using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The weight of a <see cref="ResolvedPhraseQuery"/>: the statistics and similarity weight Lucene's phrase weight
/// computes, from the states the query carries instead of a fresh lookup per term.
/// </summary>
internal sealed class ResolvedPhraseWeight : Weight
{
    private readonly ResolvedPhraseQuery query;
    private readonly Similarity similarity;
    private readonly Similarity.SimWeight stats;
    private readonly Term[] terms;
    private readonly int[] positions;
    private readonly string field;
    private readonly ArticleIndexSearcher? engine;

    public ResolvedPhraseWeight(ResolvedPhraseQuery query, IndexSearcher searcher)
    {
        this.query = query;
        similarity = searcher.Similarity;
        terms = query.GetTerms();
        positions = query.GetPositions();
        field = terms[0].Field;
        engine = searcher as ArticleIndexSearcher;
        var termStats = new TermStatistics[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            termStats[i] = searcher.TermStatistics(terms[i], query.States[i]);
        }

        stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(field), termStats);
    }

    public override Query Query => query;

    /// <summary>Whether the phrase only scores, a sibling clause deciding its matches (<see cref="ResolvedPhraseQuery.Covered"/>).</summary>
    public bool Covered => query.Covered;

    public override float GetValueForNormalization() => stats.GetValueForNormalization();

    public override void Normalize(float norm, float topLevelBoost) => stats.Normalize(norm, topLevelBoost);

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) => Scorer(context, acceptDocs, query.Covered);

    private AlignedPhraseScorer? Scorer(AtomicReaderContext context, IBits acceptDocs, bool deferred)
    {
        var cursors = query.Loan?.For(context);
        var fresh = cursors is null ? context.AtomicReader.GetTerms(field)?.GetEnumerator() : null;
        if (cursors is null && fresh is null)
        {
            return null;
        }

        if (query.Token is { } token && engine is not null && engine.HasSpellingTokens(context, token.Fingerprint))
        {
            return TokenScorer(context, acceptDocs, token, cursors, fresh);
        }

        var postings = new AlignedPhraseScorer.Postings[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var state = query.States[i].Get(context.Ord);
            if (state is null)
            {
                return null;
            }

            var (positionsEnum, docFreq) = (cursors is null ? Opened(fresh!, terms[i], state, acceptDocs) : cursors.Positions(context, terms[i], state, acceptDocs))
                ?? throw new InvalidOperationException($"Field {field} was indexed without positions; it cannot answer a phrase.");
            postings[i] = new AlignedPhraseScorer.Postings(positionsEnum, docFreq, positions[i]);
        }

        return new AlignedPhraseScorer(this, postings, similarity.GetSimScorer(stats, context), deferred);
    }

    // The phrase's documents and frequencies from its token, where the segment holds one wherever the phrase stands.
    // The scorer reports the cost the words' scorer would: conjunctions order their clauses by cost and sum their
    // scores in that order, so another cost would change scores in their last bit.
    private AlignedPhraseScorer? TokenScorer(AtomicReaderContext context, IBits acceptDocs, SpellingToken token, PostingsCursors? cursors, TermsEnum? fresh)
    {
        var cost = long.MaxValue;
        foreach (var words in query.States)
        {
            if (words.Get(context.Ord) is not BlockTermState { DocFreq: var wordDocs })
            {
                return null;
            }

            cost = Math.Min(cost, wordDocs);
        }

        if (token.State.Get(context.Ord) is not { } state)
        {
            return null;
        }

        var (occurrences, docFreq) = (cursors is null ? Opened(fresh!, token.Term, state, acceptDocs) : cursors.Positions(context, token.Term, state, acceptDocs))
            ?? throw new InvalidOperationException($"Field {field} was indexed without positions; it cannot answer a phrase.");
        return new AlignedPhraseScorer(this, [new AlignedPhraseScorer.Postings(occurrences, docFreq, AlignedPhraseScorer.Occurrences)], similarity.GetSimScorer(stats, context), cost: cost);
    }

    // As Lucene's phrase weight opens them: the field's terms enumerator positioned by the state, the term's positions.
    private static (DocsAndPositionsEnum, int)? Opened(TermsEnum enumerator, Term term, TermState state, IBits acceptDocs)
    {
        enumerator.SeekExact(term.Bytes, state);
        return enumerator.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE) is { } positionsEnum ? (positionsEnum, enumerator.DocFreq) : null;
    }

    // Verified at once: a covered phrase's scorer stops where its words all stand, in place or not.
    public override Explanation Explain(AtomicReaderContext context, int doc) =>
        FrequencyExplanation.Of(query, similarity, stats, context, doc, Scorer(context, context.AtomicReader.LiveDocs, deferred: false), "phraseFreq");
}
