using Lucene.Net.Search;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Terms looked up together before the weight is made (<see cref="QueryTermStates"/>, through the engine's searcher)
/// against Lucene's own lookup per term, on the diplomacy articles indexed by the production rebuild and on the same
/// index after an update added a segment.
/// </summary>
public sealed class QueryTermStatesTests : TwoSegmentSampleTests
{
    // Words in one language only, names the vocabulary expands, phrases, a term no article has, a German compound.
    private static readonly string[] Queries =
    [
        "Kazakhstan", "Tokayev energy", "\"Central Asia\" summit", "Kasachstan Energie", "uzbekistan OR mongolia",
        "zzyzxnotaword", "Außenminister", "C5+1 -Kyrgyzstan", "title:Summit", "water",
    ];

    [TestCaseSource(nameof(Queries))]
    public void Engine_searcher_scores_every_article_as_Lucenes_own_term_lookup_does(string text)
    {
        using var lease = Sample.Index.Lease();
        var engine = lease.Searcher;
        Assert.That(engine, Is.TypeOf<ArticleIndexSearcher>(), "the engine's searchers come from its factory");
        Assert.That(engine.IndexReader.Leaves, Has.Count.GreaterThan(1));
        var lucene = new IndexSearcher(engine.IndexReader) { Similarity = engine.Similarity };
        var query = new ArticleQueryParser(Sample.Root.Analyzer, SearcherFixture.Vocabulary).Parse(text).Query;

        var expected = lucene.Search(query, 100).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        Assert.That(expected, text == "zzyzxnotaword" ? Is.Empty : Is.Not.Empty);
        var actual = engine.Search(query, 100).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

        Assert.That(actual, Is.EqualTo(expected));
    }
}
