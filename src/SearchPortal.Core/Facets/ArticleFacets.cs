namespace SearchPortal.Core.Facets;

/// <summary>The facet values extracted from one article, each with its evidence.</summary>
public sealed record ArticleFacets(
    IReadOnlyList<FacetValue> Countries,
    IReadOnlyList<FacetValue> Formats,
    FacetValue? Year,
    IReadOnlyList<FacetValue> Officials)
{
    public static readonly ArticleFacets None = new([], [], null, []);

    /// <summary>The year as a number, or null when the text gave no evidence for one.</summary>
    public int? YearNumber => Year is null ? null : int.Parse(Year.Value, System.Globalization.CultureInfo.InvariantCulture);
}
