using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchPortal.Search.Schema;

/// <summary>BM25 of one term or phrase over one segment, reading each document's length from its norm byte in an array.</summary>
internal sealed class ArticleDocScorer : Similarity.SimScorer
{
    private readonly ArticleTermStats stats;
    private readonly byte[]? norms;
    private readonly float[] denominators;
    private readonly float weight;
    private readonly ArticleSimilarity similarity;

    /// <param name="norms">The segment's norm byte per document in the field; null when the field has none.</param>
    public ArticleDocScorer(ArticleTermStats stats, byte[]? norms, ArticleSimilarity similarity)
    {
        this.stats = stats;
        this.norms = norms;
        this.similarity = similarity;
        denominators = stats.Denominators;
        weight = stats.Weight * (ArticleSimilarity.Saturation + 1);
    }

    // Without norms BM25 acts as if b were 0.
    public override float Score(int doc, float freq)
    {
        var denominator = norms is null ? ArticleSimilarity.Saturation : denominators[norms[doc]];
        return weight * freq / (freq + denominator);
    }

    public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

    public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

    public override Explanation Explain(int doc, Explanation freq)
    {
        const float k1 = ArticleSimilarity.Saturation;
        const float b = ArticleSimilarity.LengthNormalization;
        var result = new Explanation { Description = $"score(doc={doc},freq={freq}), product of:" };
        var boost = new Explanation(stats.QueryBoost * stats.TopLevelBoost, "boost");
        if (boost.Value != 1.0f)
        {
            result.AddDetail(boost);
        }

        result.AddDetail(stats.Idf);
        var tfNorm = new Explanation { Description = "tfNorm, computed from:" };
        tfNorm.AddDetail(freq);
        tfNorm.AddDetail(new Explanation(k1, "parameter k1"));
        if (norms is null)
        {
            tfNorm.AddDetail(new Explanation(0, "parameter b (norms omitted for field)"));
            tfNorm.Value = freq.Value * (k1 + 1) / (freq.Value + k1);
        }
        else
        {
            var length = similarity.LengthOf(norms[doc]);
            tfNorm.AddDetail(new Explanation(b, "parameter b"));
            tfNorm.AddDetail(new Explanation(stats.AverageLength, "avgFieldLength"));
            tfNorm.AddDetail(new Explanation(length, "fieldLength"));
            tfNorm.Value = freq.Value * (k1 + 1) / (freq.Value + k1 * (1 - b + b * length / stats.AverageLength));
        }

        result.AddDetail(tfNorm);
        result.Value = boost.Value * stats.Idf.Value * tfNorm.Value;
        return result;
    }
}
