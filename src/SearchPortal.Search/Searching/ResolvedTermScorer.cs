using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Scores the documents of one term's postings as Lucene's term scorer does (the similarity's score of the document
/// and the term's frequency in it), on postings a <see cref="ResolvedTermWeight"/> may have opened on a kept enumerator.
/// </summary>
internal sealed class ResolvedTermScorer(Weight weight, DocsEnum docs, Similarity.SimScorer docScorer) : Scorer(weight)
{
    public override int DocID => docs.DocID;

    public override int Freq => docs.Freq;

    public override float GetScore() => docScorer.Score(docs.DocID, docs.Freq);

    public override int NextDoc() => docs.NextDoc();

    public override int Advance(int target) => docs.Advance(target);

    public override long GetCost() => docs.GetCost();

    public override string ToString() => $"scorer({m_weight})";
}
