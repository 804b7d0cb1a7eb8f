using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Schema;

/// <summary>
/// The archive's BM25, which reads lengths from copied norms, against Lucene's own BM25Similarity with the same
/// parameters: the same norm bytes written, and the same scores to the last bit on English and German articles indexed
/// by the production rebuild (centralasia_en and frontpage_de together).
/// </summary>
public sealed class ArticleSimilarityTests : BilingualArchiveTests
{
    private static readonly BM25Similarity Lucene = new(ArticleSimilarity.Saturation, ArticleSimilarity.LengthNormalization);

    [Test]
    public void A_fields_length_is_written_as_the_same_norm_byte_as_Lucenes()
    {
        var ours = new ArticleSimilarity();
        foreach (var length in new[] { 1, 2, 3, 7, 40, 41, 400, 1_000, 65_000, 1_000_000 })
        {
            foreach (var overlaps in new[] { 0, 1, length / 3 })
            {
                foreach (var boost in new[] { 1f, 0.5f, 2.5f })
                {
                    var state = new FieldInvertState("body_en", length, length, overlaps, 0, boost);
                    Assert.That(ours.ComputeNorm(state), Is.EqualTo(Lucene.ComputeNorm(state)), $"length {length}, overlaps {overlaps}, boost {boost}");
                }
            }
        }
    }

    [TestCase("Kazakhstan")]
    [TestCase("president Shavkat Mirziyoyev")]
    [TestCase("\"Central Asia\" summit")]
    [TestCase("Trump")]
    [TestCase("Bundesregierung Russland")]
    [TestCase("Wirtschaft OR Handel")]
    public void Every_hit_scores_as_with_Lucenes_BM25_to_the_last_bit(string text)
    {
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse(text, requireAllWords: false).Query!;
        using var lease = Archive.Index.Lease();
        var reader = lease.Searcher.IndexReader;
        var ours = Scores(new IndexSearcher(reader) { Similarity = new ArticleSimilarity() }, query);
        var lucenes = Scores(new IndexSearcher(reader) { Similarity = Lucene }, query);

        Assert.That(ours, Has.Count.GreaterThan(20));
        Assert.That(ours.Keys, Is.EquivalentTo(lucenes.Keys));
        foreach (var (doc, score) in ours)
        {
            Assert.That(BitConverter.SingleToInt32Bits(score), Is.EqualTo(BitConverter.SingleToInt32Bits(lucenes[doc])), $"article {doc}: {score} against {lucenes[doc]}");
        }
    }

    [TestCase("Mirziyoyev")]
    [TestCase("Gipfel")]
    public void An_explanation_gives_the_score_and_the_length_Lucene_gives(string text)
    {
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse(text, requireAllWords: false).Query!;
        using var lease = Archive.Index.Lease();
        var reader = lease.Searcher.IndexReader;
        var ourSearcher = new IndexSearcher(reader) { Similarity = new ArticleSimilarity() };
        var luceneSearcher = new IndexSearcher(reader) { Similarity = Lucene };
        foreach (var hit in ourSearcher.Search(query, 5).ScoreDocs)
        {
            var ours = ourSearcher.Explain(query, hit.Doc);
            var lucenes = luceneSearcher.Explain(query, hit.Doc);
            Assert.That(ours.Value, Is.EqualTo(lucenes.Value));
            // Each weight names its similarity's class; the rest, lengths and parameters included, is the same text.
            Assert.That(ours.ToString().Replace("[ArticleSimilarity]", "[BM25Similarity]"), Is.EqualTo(lucenes.ToString()));
        }
    }

    [TestCase(ArticleFields.BodyEnglish, true)]
    [TestCase(ArticleFields.TitleGerman, true)]
    [TestCase(ArticleFields.NameKey, false)]
    public void A_segments_norms_are_copied_once_and_score_every_article_as_Lucenes_readers_do(string field, bool hasNorms)
    {
        var similarity = new ArticleSimilarity();
        using var lease = Archive.Index.Lease();
        var reader = lease.Searcher.IndexReader;
        similarity.Warm(reader);
        foreach (var leaf in reader.Leaves)
        {
            var segment = new SegmentNorms();
            var copy = segment.Of(leaf.AtomicReader, field);
            Assert.That(copy, hasNorms ? Is.Not.Null : Is.Null, $"segment {leaf.Ord}: the field's norms");
            Assert.That(segment.Of(leaf.AtomicReader, field), Is.SameAs(copy), "copied once");

            var ours = similarity.GetSimScorer(Weight(similarity, field, reader.MaxDoc), leaf);
            var lucenes = Lucene.GetSimScorer(Weight(Lucene, field, reader.MaxDoc), leaf);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                Assert.That(ours.Score(doc, 2f), Is.EqualTo(lucenes.Score(doc, 2f)), $"segment {leaf.Ord}, article {doc}");
            }
        }
    }

    // A made-up term's weight, normalised as a query would, over statistics of the field.
    private static Similarity.SimWeight Weight(Similarity similarity, string field, int documents)
    {
        var weight = similarity.ComputeWeight(1f, new CollectionStatistics(field, documents, documents, 1000, 1000),
            new TermStatistics(new Lucene.Net.Util.BytesRef("x"), 1, 1));
        weight.Normalize(1f, 1f);
        return weight;
    }

    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
}
