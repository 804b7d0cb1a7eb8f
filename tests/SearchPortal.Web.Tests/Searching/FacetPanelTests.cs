using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Tests.Searching;

public class FacetPanelTests
{
    private static FacetCounts Counts(string dimension, params (string Value, int Count, bool Selected)[] values) =>
        new(dimension, values.Select(v => new FacetCount(v.Value, v.Count, v.Selected)).ToList(), 0);

    [Test]
    public void The_ten_leading_values_show_and_the_rest_wait_behind_show_more_except_selected_ones()
    {
        var values = Enumerable.Range(1, 14).Select(i => ($"Official {i}", 20 - i, i == 13)).ToArray();

        var panel = FacetPanel.From(Counts(FacetDimension.Official, values), SearchState.Empty);

        Assert.That(panel.Leading, Has.Count.EqualTo(11));
        Assert.That(panel.Leading.Select(v => v.Value), Does.Contain("Official 13"));
        Assert.That(panel.Rest.Select(v => v.Value), Is.EqualTo(new[] { "Official 11", "Official 12", "Official 14" }));
        Assert.That(panel.IsLong, Is.True);
    }

    [Test]
    public void An_expanded_dimension_shows_every_value_at_once()
    {
        var values = Enumerable.Range(1, 14).Select(i => ($"Country {i}", 20 - i, false)).ToArray();

        var panel = FacetPanel.From(Counts(FacetDimension.Country, values), SearchState.Empty.WithMore(FacetDimension.Country));

        Assert.That(panel.Leading, Has.Count.EqualTo(14));
        Assert.That(panel.Rest, Is.Empty);
    }

    [Test]
    public void The_timeline_runs_oldest_first_and_keeps_the_empty_years_between()
    {
        var panel = FacetPanel.From(Counts(FacetDimension.Year, ("2024", 2, false), ("2021", 1, true)), SearchState.Empty);

        var timeline = panel.Timeline();

        Assert.That(timeline.Select(t => t.Year), Is.EqualTo(new[] { 2021, 2022, 2023, 2024 }));
        Assert.That(timeline.Select(t => t.Count?.Count), Is.EqualTo(new int?[] { 1, null, null, 2 }));
    }

    [Test]
    public void Only_the_year_dimension_has_a_timeline()
    {
        var panel = FacetPanel.From(Counts(FacetDimension.Country, ("China", 3, false)), SearchState.Empty);

        Assert.That(panel.Timeline(), Is.Empty);
    }
}
