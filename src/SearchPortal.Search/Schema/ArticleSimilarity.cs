using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchPortal.Search.Schema;

/// <summary>The ranking function of the archive: BM25 with Lucene's standard parameters, set on the writer and every searcher.</summary>
/// <remarks>
/// Lucene.Net's default is classic TF-IDF. On the public test collections (see README, "Relevance") BM25 ranks
/// clearly better: with the same queries nDCG@10 rose 0.58 to 0.60 on SciFact and 0.66 to 0.73 on LegalQuAD.
/// k1 = 1.2 and b = 0.75 came out best overall; Anserini's 0.9 / 0.4 was 0.015 lower on LegalQuAD, within 0.002 elsewhere.
/// Writer and searchers must agree: the writer stores each field's length in the norms the way this similarity reads it.
/// <para/>
/// It scores exactly as Lucene's <see cref="BM25Similarity"/> does, float for float (a test holds the two side by
/// side), but reads a document's length from a copy of its segment's norms in a plain array (<see cref="SegmentNorms"/>)
/// instead of through Lucene's norm readers: at a million articles the readers' two virtual calls per scored field were
/// 8 % of a name query's CPU. Lucene's class seals the methods that would let it do so.
/// </remarks>
internal sealed class ArticleSimilarity : Similarity
{
    /// <summary>k1: how fast repeated occurrences of a word stop adding to the score.</summary>
    public const float Saturation = 1.2f;

    /// <summary>b: how strongly a long field is discounted against a short one.</summary>
    public const float LengthNormalization = 0.75f;

    // A norm byte's field length: 1 / f² of the byte's small float, as Lucene's BM25 decodes it.
    private readonly float[] lengthOfNorm = LengthTable();

    // Per segment core, so the copies live exactly as long as the segment and serve every searcher that shares it.
    private readonly ConditionalWeakTable<object, SegmentNorms> norms = new();

    public override long ComputeNorm(FieldInvertState state) =>
        SmallSingle.SingleToByte315(state.Boost / (float)Math.Sqrt(state.Length - state.NumOverlap));

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var idf = termStats.Length == 1 ? TermIdf(collectionStats, termStats[0]) : PhraseIdf(collectionStats, termStats);
        var averageLength = AverageLength(collectionStats);
        var denominators = new float[256];
        for (var i = 0; i < denominators.Length; i++)
        {
            denominators[i] = Saturation * ((1 - LengthNormalization) + LengthNormalization * lengthOfNorm[i] / averageLength);
        }

        return new ArticleTermStats(collectionStats.Field, idf, queryBoost, averageLength, denominators);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (ArticleTermStats)weight;
        var reader = context.AtomicReader;
        return new ArticleDocScorer(stats, NormsOf(reader).Of(reader, stats.Field), this);
    }

    /// <summary>Copies the norms of every field of <paramref name="reader"/>'s segments that has them, so no request pays for it.</summary>
    public void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var segment = NormsOf(atomic);
            foreach (var field in atomic.FieldInfos)
            {
                if (field.HasNorms)
                {
                    segment.Of(atomic, field.Name);
                }
            }
        }
    }

    /// <summary>The length a norm byte stands for.</summary>
    public float LengthOf(byte norm) => lengthOfNorm[norm];

    public override string ToString() => $"BM25(k1={Saturation},b={LengthNormalization})";

    private SegmentNorms NormsOf(AtomicReader reader) => norms.GetValue(reader.CoreCacheKey, _ => new SegmentNorms());

    private static Explanation TermIdf(CollectionStatistics collection, TermStatistics term) =>
        new(Idf(term.DocFreq, collection.MaxDoc), $"idf(docFreq={term.DocFreq}, maxDocs={collection.MaxDoc})");

    private static Explanation PhraseIdf(CollectionStatistics collection, TermStatistics[] terms)
    {
        var sum = new Explanation { Description = "idf(), sum of:" };
        var idf = 0f;
        foreach (var term in terms)
        {
            var part = TermIdf(collection, term);
            sum.AddDetail(part);
            idf += part.Value;
        }

        sum.Value = idf;
        return sum;
    }

    private static float Idf(long docFreq, long documents) => (float)Math.Log(1 + (documents - docFreq + 0.5D) / (docFreq + 0.5D));

    // A field no article has (or a statistic the index lacks) counts as one word long.
    private static float AverageLength(CollectionStatistics collection) =>
        collection.SumTotalTermFreq <= 0 ? 1f : (float)(collection.SumTotalTermFreq / (double)collection.MaxDoc);

    private static float[] LengthTable()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }

        return table;
    }
}
