using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Ranked pages collected with the relevance sort's collector handed only the competitive hits, against Lucene's
/// collector handed every hit, on the Central Asia corpus indexed by the production rebuild.
/// </summary>
public sealed class CompetitiveHitsTests : CentralAsiaArchiveTests
{
    [TestCase(10, false)]
    [TestCase(35, false)]
    [TestCase(10, true)]
    [TestCase(35, true)]
    public void Pages_and_totals_are_those_of_Lucenes_collector_alone(int wanted, bool facets)
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var parser = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary);
        var present = new PresentTerms(engine);

        // Every hit of a constant-score query ties on score, so the date and then the index order decide.
        Query[] queries =
        [
            new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.BodyEnglish, "presid"))),
            present.Matchable(parser.Parse("Kazakhstan").Query!)!,
            present.Matchable(parser.Parse("president summit", requireAllWords: true).Query!)!,
        ];
        var scope = new FacetScope(facets ? FacetFields.FieldsOf(null, false) : [], [], 10, new FacetOrdinalCache());
        var sort = SearchSorts.For(SearchSort.Relevance);
        var slices = SlicedSearch.Slices(engine.IndexReader, 1);
        foreach (var query in queries)
        {
            var expected = RankedHits.Collect(engine, query, scope, sort, wanted, slices, new SearchBudget(Timeout.InfiniteTimeSpan), competitive: false);
            var actual = RankedHits.Collect(engine, query, scope, sort, wanted, slices, new SearchBudget(Timeout.InfiniteTimeSpan));

            Assert.That(expected.Total, Is.GreaterThan(wanted), $"{query}: more hits than kept");
            Assert.That(actual.Total, Is.EqualTo(expected.Total), query.ToString());
            Assert.That(Hits(actual.Page(0, wanted)), Is.EqualTo(Hits(expected.Page(0, wanted))), query.ToString());
            Assert.That(Hits(actual.Page(wanted - 5, 5)), Is.EqualTo(Hits(expected.Page(wanted - 5, 5))), $"{query}: the page at the end of those kept");
        }
    }

    [Test]
    public void Only_the_relevance_sort_is_recognised()
    {
        Assert.That(SearchSorts.IsRelevance(SearchSorts.For(SearchSort.Relevance)), Is.True);
        Assert.That(SearchSorts.IsRelevance(SearchSorts.For(SearchSort.Newest)), Is.False);
        Assert.That(SearchSorts.IsRelevance(SearchSorts.For(SearchSort.Oldest)), Is.False);
    }

    private static List<(int Doc, float Score)> Hits(ScoreDoc[] page) => [.. page.Select(d => (d.Doc, d.Score))];
}
