using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>Searching all values of a facet by the start of their names, on the Central Asia corpus indexed as the CLI does.</summary>
public sealed class FacetValueLookupTests
{
    private RelevanceArchive archive = null!;

    [OneTimeSetUp]
    public void Build() => archive = new RelevanceArchive([RepositoryLocator.SharedCorpus("centralasia_en")], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void Dispose() => archive?.Dispose();

    private int Total(string dimension, string value, bool mentions = false) =>
        archive.Searcher.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>> { [dimension] = [value] }, MatchMode.AllWords, Snippets: false, FacetDimensions: [])
        { Mentions = mentions }).Total;

    [Test]
    public void Mongol_finds_Mongolia_with_the_number_of_articles_about_it()
    {
        var found = archive.Searcher.FacetValues(FacetDimension.Country, "Mongol", mentions: true);

        var mongolia = found.Single(v => v.Value == "Mongolia");
        Assert.That(mongolia.Count, Is.GreaterThan(0));
        Assert.That(mongolia.Count, Is.EqualTo(Total(FacetDimension.Country, "Mongolia", mentions: true)));
    }

    [Test]
    public void A_German_spelling_finds_the_canonical_value()
    {
        Assert.That(archive.Searcher.FacetValues(FacetDimension.Country, "Kasach").Select(v => v.Value), Does.Contain("Kazakhstan"));
        Assert.That(archive.Searcher.FacetValues(FacetDimension.Country, "mongolei", mentions: true).Select(v => v.Value), Does.Contain("Mongolia"));
    }

    [Test]
    public void Every_count_equals_the_articles_a_filter_on_the_value_finds()
    {
        var found = archive.Searcher.FacetValues(FacetDimension.Country, "", count: 1000);

        Assert.That(found, Has.Count.GreaterThan(30), "all values, not the top 30 of a search");
        Assert.That(found.Select(v => v.Count), Is.Ordered.Descending);
        foreach (var value in found.Take(5).Concat(found.TakeLast(5)))
        {
            Assert.That(value.Count, Is.EqualTo(Total(FacetDimension.Country, value.Value)), value.Value);
        }
    }

    [Test]
    public void A_word_inside_a_name_matches_at_its_start_only()
    {
        var officials = archive.Searcher.FacetValues(FacetDimension.Official, "Mirziyoyev");
        Assert.That(officials.Select(v => v.Value), Has.Some.Contains("Mirziyoyev"));
        Assert.That(archive.Searcher.FacetValues(FacetDimension.Country, "ongolia"), Is.Empty);
    }

    [Test]
    public void Years_are_found_by_their_digits_and_the_undated_bucket_by_its_name()
    {
        var years = archive.Searcher.FacetValues(FacetDimension.Year, "201", count: 100);
        Assert.That(years, Is.Not.Empty);
        Assert.That(years.Select(v => v.Value), Has.All.StartsWith("201"));
        Assert.That(years[0].Count, Is.EqualTo(Total(FacetDimension.Year, years[0].Value)));

        var undated = archive.Searcher.FacetValues(FacetDimension.Year, "undat");
        Assert.That(undated.Select(v => v.Value), Is.EqualTo(new[] { FacetVocabulary.UndatedYear }).Or.Empty);
        if (undated.Count == 1)
        {
            Assert.That(undated[0].Count, Is.EqualTo(Total(FacetDimension.Year, FacetVocabulary.UndatedYear)));
        }
    }

    [Test]
    public void An_unknown_dimension_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => archive.Searcher.FacetValues("colour", "re"));
    }
}
