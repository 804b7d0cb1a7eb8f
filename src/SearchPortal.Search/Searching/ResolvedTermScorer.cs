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
    // The postings move only through this scorer, so it knows their document: disjunctions ask for it at every step of
    // their heap (5 % of a short query's time went to asking the postings through, in a profile).
    private int doc = -1;

    public override int DocID => doc;

    public override int Freq => docs.Freq;

    public override float GetScore() => docScorer.Score(doc, docs.Freq);

    public override int NextDoc() => doc = docs.NextDoc();

    public override int Advance(int target) => doc = docs.Advance(target);

    public override long GetCost() => docs.GetCost();

    public override string ToString() => $"scorer({m_weight})";
}
