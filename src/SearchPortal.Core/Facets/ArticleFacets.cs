namespace SearchPortal.Core.Facets;

/// <summary>The facet values extracted from one article, each with its evidence and its role (about or mentioned).</summary>
public sealed record ArticleFacets(
    IReadOnlyList<FacetValue> Countries,
    IReadOnlyList<FacetValue> Formats,
    FacetValue? Year,
    IReadOnlyList<FacetValue> Officials)
{
    public static readonly ArticleFacets None = new([], [], null, []);

    /// <summary>The year as a number, or null when the text gave no evidence for one.</summary>
    public int? YearNumber => Year is null ? null : int.Parse(Year.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The values of one dimension the article is about, in order of first mention.</summary>
    public static IReadOnlyList<FacetValue> About(IReadOnlyList<FacetValue> values) => [.. values.Where(v => v.IsAbout)];

    /// <summary>The values of one dimension the article only mentions, in order of first mention.</summary>
    public static IReadOnlyList<FacetValue> Mentioned(IReadOnlyList<FacetValue> values) => [.. values.Where(v => !v.IsAbout)];
}
