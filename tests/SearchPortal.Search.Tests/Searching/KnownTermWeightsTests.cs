using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The normalised term weights a searcher keeps for its requests (<see cref="KnownTermWeights"/>): every article scored
/// to the bit as with weights computed afresh, under any boosts, within a bound.
/// </summary>
public sealed class KnownTermWeightsTests : TwoSegmentSampleTests
{
    // Words boosted differently by field and spelling, a title-only word, phrases, an any-word query, a German compound.
    private static readonly (string Text, bool AllWords)[] Queries =
    [
        ("Kazakhstan", true), ("Tokayev energy", true), ("\"Central Asia\" summit", true), ("Kasachstan Energie", true),
        ("uzbekistan OR mongolia", true), ("title:Summit", true), ("Tokayev energy water summit", false), ("Außenminister", true),
    ];

    [Test]
    public void Articles_scored_with_kept_weights_score_to_the_bit_as_with_weights_computed_afresh()
    {
        using var lease = Sample.Index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        var afresh = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        foreach (var pass in new[] { "first", "second" })
        {
            foreach (var (text, allWords) in Queries)
            {
                var query = new ArticleQueryParser(Sample.Root.Analyzer, SearcherFixture.Vocabulary).Parse(text, allWords).Query;

                // Boosted again from the top, the clauses' weights are normalised anew. Each search gets a query of its
                // own, as each request does: Lucene's rewrite may set a boost in place.
                foreach (var boost in new[] { 1f, 2.5f })
                {
                    var expected = Hits(afresh, Boosted(new PresentTerms(engine).Matchable(query)!, boost));
                    Assert.That(expected, Is.Not.Empty, text);
                    Assert.That(Hits(engine, Boosted(new PresentTerms(engine).Matchable(query)!, boost)), Is.EqualTo(expected), $"{text} ({pass} pass, boost {boost})");
                }
            }
        }

        Assert.That(engine.TermWeights.Count, Is.GreaterThan(Queries.Length));
    }

    [Test]
    public void A_stream_of_new_weights_never_keeps_more_than_the_capacity()
    {
        using var lease = Sample.Index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        var known = new KnownTermWeights(engine.Similarity, capacity: 20);
        var water = new Term(ArticleFields.BodyEnglish, "water");
        var statistics = engine.TermStatistics(water, TermContext.Build(engine.TopReaderContext, water));
        var fresh = engine.Similarity.ComputeWeight(1f, engine.CollectionStatistics(water.Field), statistics);
        for (var i = 0; i < 200; i++)
        {
            known.Normalized(water, 1f, 1f, i, () => engine.Similarity.ComputeWeight(1f, engine.CollectionStatistics(water.Field), statistics));
            Assert.That(known.Count, Is.LessThanOrEqualTo(20));
        }

        Assert.That(known.ValueForNormalization(water, 1f, () => fresh), Is.EqualTo(fresh.GetValueForNormalization()));
    }

    private static Query Boosted(Query query, float boost)
    {
        if (boost == 1f)
        {
            return query;
        }

        var boosted = new BooleanQuery { { query, Occur.MUST } };
        boosted.Boost = boost;
        return boosted;
    }

    private static List<(int Doc, float Score)> Hits(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 100).ScoreDocs.Select(d => (d.Doc, d.Score))];
}
