using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

public sealed class DrillSidewaysCountsTests
{
    private SampleIndex sample = null!;

    [OneTimeSetUp]
    public void Build() => sample = new SampleIndex();

    [OneTimeTearDown]
    public void Remove() => sample.Dispose();

    [Test]
    public void Selected_country_shows_what_every_other_country_would_add()
    {
        var response = sample.Search("", ("country", ["Kazakhstan"]));

        Assert.That(response.Total, Is.EqualTo(7));
        Assert.That(Counts(response, "country"), Is.EqualTo(new[]
        {
            ("Kazakhstan", 7), ("Tajikistan", 5), ("Uzbekistan", 5), ("China", 4), ("Kyrgyzstan", 3), ("Turkmenistan", 3),
            ("United States", 2), ("Russia", 1),
        }));
        Assert.That(Counts(response, "format"), Is.EqualTo(new[]
        {
            ("C5+1", 2), ("China–Central Asia", 2), ("Bilateral", 1), ("Consultative Meeting", 1), ("SCO", 1),
        }));
        Assert.That(Counts(response, "year"), Is.EqualTo(new[] { ("2024", 4), ("2023", 2), ("2021", 1) }));
    }

    [Test]
    public void Each_selected_dimension_counts_under_the_other_dimensions_filters_only()
    {
        var response = sample.Search("", ("country", ["Kazakhstan"]), ("format", ["C5+1"]));

        Assert.That(response.Total, Is.EqualTo(2));
        Assert.That(Counts(response, "country"), Is.EqualTo(new[]
        {
            ("Kazakhstan", 2), ("Tajikistan", 2), ("United States", 2), ("Uzbekistan", 2), ("Kyrgyzstan", 1), ("Turkmenistan", 1),
        }));
        Assert.That(Counts(response, "format"), Is.EqualTo(new[]
        {
            ("C5+1", 2), ("China–Central Asia", 2), ("Bilateral", 1), ("Consultative Meeting", 1), ("SCO", 1),
        }));
        Assert.That(Counts(response, "year"), Is.EqualTo(new[] { ("2023", 1), ("2024", 1) }));
        Assert.That(Counts(response, "lang"), Is.EqualTo(new[] { ("de", 1), ("en", 1) }));
    }

    [Test]
    public void Counts_follow_the_text_query_too()
    {
        var response = sample.Search("Astana", ("year", ["2024"]));

        Assert.That(response.Total, Is.EqualTo(2));
        Assert.That(Counts(response, "year"), Is.EqualTo(new[] { ("2024", 2) }));
        Assert.That(Counts(response, "format"), Is.EqualTo(new[] { ("Consultative Meeting", 1), ("SCO", 1) }));
    }

    [Test]
    public void Selected_value_without_results_still_comes_back_at_count_zero()
    {
        var response = sample.Search("", ("country", ["Kazakhstan", "Mongolia"]), ("format", ["SCO"]));

        var countries = response.Facets.First(f => f.Dimension == "country");
        Assert.That(countries.Values.Single(v => v.Value == "Mongolia"), Is.EqualTo(new FacetCount("Mongolia", 0, true)));
        Assert.That(countries.Values.Single(v => v.Value == "Kazakhstan"), Is.EqualTo(new FacetCount("Kazakhstan", 1, true)));
        Assert.That(countries.Values.Single(v => v.Value == "China").Selected, Is.False);
    }

    [Test]
    public void Top_n_cuts_values_but_keeps_the_selection_and_counts_the_rest_as_others()
    {
        var request = new SearchRequest("", new Dictionary<string, IReadOnlyList<string>> { ["country"] = ["Russia"] }, MatchMode.AnyWord) { FacetTopN = 2 };

        var countries = sample.Searcher.Search(request).Facets.First(f => f.Dimension == "country");

        Assert.That(countries.Values.Select(v => v.Value), Is.EqualTo(new[] { "Kazakhstan", "Tajikistan", "Russia" }));
        Assert.That(countries.Others, Is.EqualTo(5));
    }

    [Test]
    public void Facets_come_in_dimension_order()
    {
        var response = sample.Search("");

        Assert.That(response.Facets.Select(f => f.Dimension), Is.EqualTo(new[] { "country", "format", "year", "official", "lang" }));
    }

    private static IEnumerable<(string, int)> Counts(SearchResponse response, string dimension) =>
        response.Facets.First(f => f.Dimension == dimension).Values.Select(v => (v.Value, v.Count));
}
