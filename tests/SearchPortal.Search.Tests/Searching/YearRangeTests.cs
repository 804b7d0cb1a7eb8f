using System.Globalization;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>Year ranges and the undated bucket as facet filters, on the Central Asia corpus and the sample articles (two
/// of them undated) indexed as the CLI does.</summary>
public sealed class YearRangeTests
{
    private RelevanceArchive archive = null!;

    [OneTimeSetUp]
    public void Build() => archive = new RelevanceArchive([RepositoryLocator.SharedCorpus("centralasia_en"), RepositoryLocator.SampleCorpus()], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void Dispose() => archive?.Dispose();

    private SearchResponse Search(params string[] years) =>
        archive.Searcher.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>> { [FacetDimension.Year] = years }, MatchMode.AllWords,
            PageSize: 100, Snippets: false, FacetTopN: 100));

    private Dictionary<string, int> YearCounts() =>
        archive.Searcher.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AllWords, Snippets: false, FacetTopN: 100))
            .Facets.Single(f => f.Dimension == FacetDimension.Year).Values.ToDictionary(v => v.Value, v => v.Count);

    [Test]
    public void A_year_range_in_the_url_filter_finds_the_articles_of_those_years()
    {
        var counts = YearCounts();
        var expected = counts.Where(c => int.TryParse(c.Key, CultureInfo.InvariantCulture, out var y) && y is >= 2019 and <= 2023).Sum(c => c.Value);

        var ranged = Search("2019..2023");

        Assert.That(expected, Is.GreaterThan(0));
        Assert.That(ranged.Total, Is.EqualTo(expected));
        Assert.That(ranged.Filters[FacetDimension.Year], Is.EqualTo(new[] { "2019..2023" }));
        Assert.That(ranged.Hits.Select(h => h.Facets.Year), Has.All.InRange(2019, 2023));
        Assert.That(Search("2023..2019").Total, Is.EqualTo(expected), "either order");
    }

    [Test]
    public void Undated_articles_have_their_own_bucket_that_can_be_selected()
    {
        var counts = YearCounts();
        var all = archive.Searcher.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AllWords, Snippets: false, FacetDimensions: [])).Total;

        Assert.That(counts.Values.Sum(), Is.EqualTo(all), "every article counts in one year bucket");
        var undated = counts.GetValueOrDefault(FacetVocabulary.UndatedYear);
        Assert.That(undated, Is.GreaterThanOrEqualTo(2), "the two undated sample articles at least");

        var selected = Search("Undated");
        Assert.That(selected.Total, Is.EqualTo(undated));
        Assert.That(selected.Hits.Select(h => h.Facets.Year), Has.All.Null);
    }

    [Test]
    public void A_range_and_undated_can_be_selected_together()
    {
        var counts = YearCounts();
        var undated = counts.GetValueOrDefault(FacetVocabulary.UndatedYear);
        var ranged = Search("2019..2023").Total;

        Assert.That(Search("2019..2023", FacetVocabulary.UndatedYear).Total, Is.EqualTo(ranged + undated));
    }
}
