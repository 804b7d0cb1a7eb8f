using System.Globalization;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Web.Searching;

/// <summary>One facet dimension as the sidebar shows it: the leading values, the rest behind "show more", and whether a full list exists.</summary>
/// <param name="Leading">The top values by count plus every selected value, in the engine's order.</param>
/// <param name="Rest">Further values, shown inside a disclosure.</param>
/// <param name="Unlisted">How many values the engine did not return at all; reachable through the ?more= link.</param>
public sealed record FacetPanel(string Dimension, IReadOnlyList<FacetCount> Leading, IReadOnlyList<FacetCount> Rest, int Unlisted)
{
    /// <summary>Values shown before "show more".</summary>
    public const int LeadingCount = 10;

    /// <summary>Values asked of the engine per dimension normally, and when one dimension is expanded.</summary>
    public const int RequestedCount = 30;
    public const int ExpandedCount = 1000;

    /// <summary>Above this many values the list gets a filter box.</summary>
    public const int FilterBoxThreshold = 12;

    public bool IsLong => Leading.Count + Rest.Count > FilterBoxThreshold;

    public bool IsEmpty => Leading.Count == 0 && Rest.Count == 0;

    public static int TopNFor(SearchState state) => state.More is null ? RequestedCount : ExpandedCount;

    public static FacetPanel From(FacetCounts counts, SearchState state)
    {
        var values = counts.Dimension == FacetDimension.Year ? InYearOrder(counts.Values) : counts.Values;
        if (state.More == counts.Dimension)
        {
            return new FacetPanel(counts.Dimension, values, [], counts.Others);
        }

        var leading = new List<FacetCount>();
        var rest = new List<FacetCount>();
        foreach (var value in values)
        {
            (leading.Count < LeadingCount || value.Selected ? leading : rest).Add(value);
        }

        return new FacetPanel(counts.Dimension, leading, rest, counts.Others);
    }

    /// <summary>
    /// The years newest first, then the undated articles; a selected range ("2019..2023") is left out, since the
    /// timeline's from and to fields and the chips show it and its years are listed one by one.
    /// </summary>
    private static List<FacetCount> InYearOrder(IReadOnlyList<FacetCount> values) =>
        [.. values
            .Where(value => !YearRange.TryParse(value.Value, out _))
            .OrderBy(value => int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? -year : 1)];

    /// <summary>The selected range of years, if the year selection is one.</summary>
    public static YearRange? SelectedRange(SearchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Selected(FacetDimension.Year) is [var only] && YearRange.TryParse(only, out var range) ? range : null;
    }

    /// <summary>Years spanned wider than this are drawn without the empty years between them.</summary>
    public const int MaxTimelineSpan = 60;

    /// <summary>The years oldest first for the timeline, with the empty years between them as null so gaps show.</summary>
    public IReadOnlyList<(int Year, FacetCount? Count)> Timeline()
    {
        if (Dimension != FacetDimension.Year)
        {
            return [];
        }

        var byYear = new SortedDictionary<int, FacetCount>();
        foreach (var value in Leading.Concat(Rest))
        {
            if (int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                byYear[year] = value;
            }
        }

        if (byYear.Count == 0)
        {
            return [];
        }

        var first = byYear.Keys.First();
        var last = byYear.Keys.Last();
        if (last - first > MaxTimelineSpan)
        {
            return byYear.Select(pair => (pair.Key, (FacetCount?)pair.Value)).ToList();
        }

        var timeline = new List<(int, FacetCount?)>(last - first + 1);
        for (var year = first; year <= last; year++)
        {
            timeline.Add((year, byYear.TryGetValue(year, out var count) ? count : null));
        }

        return timeline;
    }
}
