using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The weight of a <see cref="ResolvedTermQuery"/>: the statistics and similarity weight of Lucene's term weight, from
/// the states the query carries; its scorers read postings on the request's kept enumerators when the query has a
/// <see cref="PostingsLoan"/>, where Lucene's make a terms and a postings enumerator per segment and clause. Over the
/// engine's searcher the similarity weight, once normalised, is the one its earlier requests computed
/// (<see cref="KnownTermWeights"/>).
/// </summary>
internal sealed class ResolvedTermWeight : Weight
{
    private readonly ResolvedTermQuery query;
    private readonly IndexSearcher searcher;
    private readonly Similarity similarity;
    private readonly KnownTermWeights? known;
    private Similarity.SimWeight? stats;

    public ResolvedTermWeight(ResolvedTermQuery query, IndexSearcher searcher)
    {
        this.query = query;
        this.searcher = searcher;
        similarity = searcher.Similarity;
        known = searcher is ArticleIndexSearcher { TermWeights: var weights } && ReferenceEquals(weights.Similarity, similarity) ? weights : null;
        if (known is null)
        {
            stats = Compute();
        }
    }

    public override Query Query => query;

    // As Lucene's term weight, unnormalised until Normalize: a weight that is never normalised scores as Lucene's would.
    private Similarity.SimWeight Stats => stats ??= Compute();

    public override float GetValueForNormalization() =>
        known is null ? Stats.GetValueForNormalization() : known.ValueForNormalization(query.Term, query.Boost, Compute);

    public override void Normalize(float norm, float topLevelBoost)
    {
        if (known is null)
        {
            Stats.Normalize(norm, topLevelBoost);
            return;
        }

        stats = known.Normalized(query.Term, query.Boost, norm, topLevelBoost, Compute);
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        if (query.States.Get(context.Ord) is not { } state)
        {
            return null;
        }

        var docs = query.Loan?.For(context) is { } cursors ? cursors.Docs(context, query.Term, state, acceptDocs) : Fresh(context, state, acceptDocs);
        return docs is null ? null : new ResolvedTermScorer(this, docs, similarity.GetSimScorer(Stats, context));
    }

    public override Explanation Explain(AtomicReaderContext context, int doc) =>
        FrequencyExplanation.Of(query, similarity, Stats, context, doc, GetScorer(context, context.AtomicReader.LiveDocs), "termFreq");

    public override string ToString() => $"weight({query})";

    private Similarity.SimWeight Compute() =>
        similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, query.States));

    // As Lucene's term weight opens them: a terms enumerator positioned by the state, its postings.
    private DocsEnum? Fresh(AtomicReaderContext context, TermState state, IBits acceptDocs)
    {
        var terms = context.AtomicReader.GetTerms(query.Term.Field)?.GetEnumerator();
        if (terms is null)
        {
            return null;
        }

        terms.SeekExact(query.Term.Bytes, state);
        return terms.Docs(acceptDocs, null);
    }
}
