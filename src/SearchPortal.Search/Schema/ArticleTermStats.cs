using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Search.Schema;

/// <summary>What <see cref="ArticleSimilarity"/> knows of a term or phrase before it sees a document: its idf, boosts,
/// the field's average length and BM25's denominator for each norm byte.</summary>
internal sealed class ArticleTermStats(string field, Explanation idf, float queryBoost, float averageLength, float[] denominators)
    : Similarity.SimWeight
{
    /// <summary>The field whose norms the scorer reads.</summary>
    public string Field { get; } = field;

    /// <summary>The idf, summed over a phrase's terms.</summary>
    public Explanation Idf { get; } = idf;

    /// <summary>The query's own boost.</summary>
    public float QueryBoost { get; } = queryBoost;

    /// <summary>The boost of the queries above, known once normalised.</summary>
    public float TopLevelBoost { get; private set; }

    /// <summary>idf × boosts, known once normalised.</summary>
    public float Weight { get; private set; }

    /// <summary>The field's average length in words.</summary>
    public float AverageLength { get; } = averageLength;

    /// <summary>k1 × (1 − b + b × length / average length) for each norm byte.</summary>
    public float[] Denominators { get; } = denominators;

    // BM25 does not normalise; Lucene's value is a TF-IDF-like one, kept so boolean queries weigh clauses the same way.
    public override float GetValueForNormalization()
    {
        var queryWeight = Idf.Value * QueryBoost;
        return queryWeight * queryWeight;
    }

    public override void Normalize(float queryNorm, float topLevelBoost)
    {
        TopLevelBoost = topLevelBoost;
        Weight = Idf.Value * QueryBoost * topLevelBoost;
    }
}
