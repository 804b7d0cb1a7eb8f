using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Explains one document's score under a weight that scores a frequency (a term's or an exact phrase's) with the
/// similarity, in the words of Lucene's own term and phrase weights, so that explanations read as Lucene's do.
/// </summary>
internal static class FrequencyExplanation
{
    /// <summary>The explanation of <paramref name="doc"/>: no match unless <paramref name="scorer"/> stands on it.</summary>
    /// <param name="scorer">A fresh scorer of the weight in the document's segment, verifying every match; null when none.</param>
    /// <param name="frequencyName">How the frequency is named: "termFreq" or "phraseFreq".</param>
    public static Explanation Of(Query query, Similarity similarity, Similarity.SimWeight stats, AtomicReaderContext context, int doc,
        Scorer? scorer, string frequencyName)
    {
        if (scorer is null || scorer.Advance(doc) != doc)
        {
            return new ComplexExplanation(false, 0f, "no matching term");
        }

        float freq = scorer.Freq;
        var detail = similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(freq, frequencyName + "=" + freq));
        var result = new ComplexExplanation(true, detail.Value, $"weight({query} in {doc}) [{similarity.GetType().Name}], result of:");
        result.AddDetail(detail);
        return result;
    }
}
