using System.Collections.Frozen;
using SearchPortal.Core.Facets;

namespace SearchPortal.Search.Schema;

/// <summary>The <see cref="FacetField"/> of every dimension the index can filter and count, looked up by name.</summary>
internal static class FacetFields
{
    public static readonly YearFacetField Year = new(FacetDimension.Year);

    /// <summary>Every facet field, in <see cref="FacetDimension.Countable"/> order.</summary>
    public static readonly IReadOnlyList<FacetField> All =
    [
        new TermsFacetField(FacetDimension.Country),
        new TermsFacetField(FacetDimension.Format),
        Year,
        new TermsFacetField(FacetDimension.Official),
        new TermsFacetField(FacetDimension.Language),
        new TermsFacetField(FacetDimension.Category),
    ];

    private static readonly FrozenDictionary<string, FacetField> ByDimension = All.ToFrozenDictionary(f => f.Dimension, StringComparer.Ordinal);

    /// <summary>The field of <paramref name="dimension"/>, or null when the index has no such facet.</summary>
    public static FacetField? Find(string dimension) => ByDimension.GetValueOrDefault(dimension);

    /// <summary>The field of a dimension the index has.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No facet has that name.</exception>
    public static FacetField For(string dimension) =>
        Find(dimension) ?? throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "not a facet dimension");
}
