namespace SearchPortal.Core.Facets;

/// <summary>The names of the facet dimensions, as used in the index, the CLI and URLs.</summary>
public static class FacetDimension
{
    public const string Country = "country";
    public const string Format = "format";
    public const string Year = "year";
    public const string Official = "official";
    public const string Language = "lang";

    /// <summary>The source's own section or category, taken from the record as given (not extracted).</summary>
    public const string Category = "category";

    /// <summary>The dimensions a search counts unless the request names others: the portal's facets, language included.</summary>
    public static readonly IReadOnlyList<string> All = [Country, Format, Year, Official, Language];

    /// <summary>Every dimension the index can filter and count: <see cref="All"/> plus the source category.</summary>
    public static readonly IReadOnlyList<string> Countable = [Country, Format, Year, Official, Language, Category];
}
