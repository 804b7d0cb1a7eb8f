using System.Text.Json.Serialization;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Api;

/// <summary>The facet values of one article in the JSON API (the CLI's --json shape).</summary>
public sealed record HitFacetsJson(
    [property: JsonPropertyName("country")] IReadOnlyList<string> Country,
    [property: JsonPropertyName("format")] IReadOnlyList<string> Format,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("official")] IReadOnlyList<string> Official)
{
    public static HitFacetsJson From(HitFacets facets) => new(facets.Countries, facets.Formats, facets.Year, facets.Officials);
}
