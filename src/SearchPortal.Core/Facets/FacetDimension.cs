namespace SearchPortal.Core.Facets;

/// <summary>The names of the facet dimensions, as used in the index, the CLI and URLs.</summary>
public static class FacetDimension
{
    public const string Country = "country";
    public const string Format = "format";
    public const string Year = "year";
    public const string Official = "official";
    public const string Language = "lang";

    /// <summary>The dimensions extracted from the text at index time.</summary>
    public static readonly IReadOnlyList<string> Extracted = [Country, Format, Year, Official];

    /// <summary>Every dimension the search counts, language included.</summary>
    public static readonly IReadOnlyList<string> All = [Country, Format, Year, Official, Language];
}
