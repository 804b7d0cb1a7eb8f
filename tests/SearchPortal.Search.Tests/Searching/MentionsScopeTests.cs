using SearchPortal.Core.Facets;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The five seed articles indexed by the production pipeline: facet filters and counts hold the values an article is
/// about, and <see cref="SearchRequest.Mentions"/> widens them to the values it only mentions. Seed 003 is the
/// Kazakhstan–China call that names "US troops" and the SCO once; seed 002 is Blinken's C5+1 meeting.
/// </summary>
public sealed class MentionsScopeTests : IDisposable
{
    private RelevanceArchive archive = null!;

    [OneTimeSetUp]
    public void IndexTheSeeds() => archive = new RelevanceArchive([RepositoryLocator.SampleCorpus()], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void Dispose() => archive.Dispose();

    private SearchResponse Search(string dimension, string value, bool mentions) =>
        archive.Searcher.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>> { [dimension] = [value] }, MatchMode.AnyWord) { Mentions = mentions });

    private static string[] Seeds(SearchResponse response) => [.. response.Hits.Select(h => h.Id[..3]).Order(StringComparer.Ordinal)];

    [Test]
    public void A_country_filter_finds_the_articles_about_it_and_widened_also_those_that_mention_it()
    {
        Assert.That(Seeds(Search(FacetDimension.Country, "United States", mentions: false)), Is.EqualTo(new[] { "002" }));
        Assert.That(Seeds(Search(FacetDimension.Country, "USA", mentions: true)), Is.EqualTo(new[] { "002", "003" }));
    }

    [Test]
    public void A_format_filter_widened_to_mentions_finds_the_call_that_names_the_SCO()
    {
        Assert.That(Search(FacetDimension.Format, "SCO", mentions: false).Total, Is.Zero);
        Assert.That(Seeds(Search(FacetDimension.Format, "SCO", mentions: true)), Is.EqualTo(new[] { "003" }));
    }

    [Test]
    public void Counts_follow_the_scope_and_keep_the_dimension_names()
    {
        var about = archive.Searcher.Search(SearchRequest.For("", MatchMode.AnyWord));
        var widened = archive.Searcher.Search(SearchRequest.For("", MatchMode.AnyWord) with { Mentions = true });
        int Count(SearchResponse response, string dimension, string value) =>
            response.Facets.Single(f => f.Dimension == dimension).Values.FirstOrDefault(v => v.Value == value)?.Count ?? 0;

        Assert.That(widened.Facets.Select(f => f.Dimension), Is.EqualTo(about.Facets.Select(f => f.Dimension)));
        Assert.That(Count(about, FacetDimension.Country, "United States"), Is.EqualTo(1));
        Assert.That(Count(widened, FacetDimension.Country, "United States"), Is.EqualTo(2));
        Assert.That(Count(about, FacetDimension.Country, "Afghanistan"), Is.Zero);
        Assert.That(Count(widened, FacetDimension.Country, "Afghanistan"), Is.EqualTo(1));
        Assert.That(Count(about, FacetDimension.Country, "Kazakhstan"), Is.EqualTo(Count(widened, FacetDimension.Country, "Kazakhstan")));
    }

    [Test]
    public void A_result_card_shows_the_values_the_call_is_about_and_the_article_both_groups()
    {
        var hit = Search(FacetDimension.Country, "Kazakhstan", mentions: false).Hits.Single(h => h.Id.StartsWith("003", StringComparison.Ordinal));
        Assert.That(hit.Facets.Countries, Is.EquivalentTo(new[] { "Kazakhstan", "China" }));
        Assert.That(hit.Facets.Formats, Is.EquivalentTo(new[] { "Bilateral" }));

        var article = archive.Searcher.Find(hit.Id)!;
        Assert.That(article.Facets.Countries.Where(c => !c.IsAbout).Select(c => c.Value), Is.EquivalentTo(new[] { "United States", "Afghanistan" }));
        Assert.That(article.Facets.Countries.Single(c => c.Value == "United States").Evidence.Single(), Does.Contain("withdrawal of US troops from Afghanistan"));
        Assert.That(article.Facets.Formats.Where(c => c.IsAbout).Select(c => c.Value), Is.EquivalentTo(new[] { "Bilateral" }));
    }
}
