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
        new TermsFacetField(FacetDimension.Country, withRoles: true),
        new TermsFacetField(FacetDimension.Format, withRoles: true),
        Year,
        new TermsFacetField(FacetDimension.Official, withRoles: true),
        new TermsFacetField(FacetDimension.Language),
        new TermsFacetField(FacetDimension.Category),
    ];

    // The fields widened to mentions are found by their own names too: filters and counting work on field names.
    private static readonly FrozenDictionary<string, FacetField> ByDimension = All
        .Concat(All.Select(f => f.WithMentions).OfType<FacetField>())
        .ToFrozenDictionary(f => f.Dimension, StringComparer.Ordinal);

    /// <summary>The field that filters and counts <paramref name="dimension"/>: its about-values, or with
    /// <paramref name="mentions"/> every value where the dimension has roles.</summary>
    public static string FieldOf(string dimension, bool mentions) =>
        mentions && Find(dimension)?.WithMentions is { } widened ? widened.Dimension : dimension;

    /// <summary>The fields a request counts: those of <paramref name="dimensions"/>, or of every dimension a page shows
    /// (<see cref="FacetDimension.All"/>) when null.</summary>
    public static IReadOnlyList<string> FieldsOf(IReadOnlyList<string>? dimensions, bool mentions) =>
        [.. (dimensions ?? FacetDimension.All).Select(d => FieldOf(d, mentions))];

    /// <summary>The dimension a field of <see cref="FieldOf"/> belongs to.</summary>
    public static string DimensionOf(string field) =>
        field.EndsWith(TermsFacetField.MentionsSuffix, StringComparison.Ordinal) ? field[..^TermsFacetField.MentionsSuffix.Length] : field;

    /// <summary>The field of <paramref name="dimension"/> (or of a field widened to mentions), or null when the index has no such facet.</summary>
    public static FacetField? Find(string dimension) => ByDimension.GetValueOrDefault(dimension);

    /// <summary>The field of a dimension the index has.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No facet has that name.</exception>
    public static FacetField For(string dimension) =>
        Find(dimension) ?? throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "not a facet dimension");
}
