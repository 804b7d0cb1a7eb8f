using System.Text.Json.Serialization;
using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Web.Api;

/// <summary>One counted facet value in the JSON API.</summary>
public sealed record FacetCountJson(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("selected")] bool Selected)
{
    public static FacetCountJson From(FacetCount count) => new(count.Value, count.Count, count.Selected);
}
