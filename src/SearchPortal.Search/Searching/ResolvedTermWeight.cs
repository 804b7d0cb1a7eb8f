using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The weight of a <see cref="ResolvedTermQuery"/>: the statistics and similarity weight of Lucene's term weight, from
/// the states the query carries; its scorers read postings on the request's kept enumerators when the query has a
/// <see cref="PostingsLoan"/>, where Lucene's make a terms and a postings enumerator per segment and clause.
/// </summary>
internal sealed class ResolvedTermWeight : Weight
{
    private readonly ResolvedTermQuery query;
    private readonly Similarity similarity;
    private readonly Similarity.SimWeight stats;

    public ResolvedTermWeight(ResolvedTermQuery query, IndexSearcher searcher)
    {
        this.query = query;
        similarity = searcher.Similarity;
        stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, query.States));
    }

    public override Query Query => query;

    public override float GetValueForNormalization() => stats.GetValueForNormalization();

    public override void Normalize(float norm, float topLevelBoost) => stats.Normalize(norm, topLevelBoost);

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        if (query.States.Get(context.Ord) is not { } state)
        {
            return null;
        }

        var docs = query.Loan?.For(context) is { } cursors ? cursors.Docs(context, query.Term, state, acceptDocs) : Fresh(context, state, acceptDocs);
        return docs is null ? null : new ResolvedTermScorer(this, docs, similarity.GetSimScorer(stats, context));
    }

    public override Explanation Explain(AtomicReaderContext context, int doc) =>
        FrequencyExplanation.Of(query, similarity, stats, context, doc, GetScorer(context, context.AtomicReader.LiveDocs), "termFreq");

    public override string ToString() => $"weight({query})";

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
