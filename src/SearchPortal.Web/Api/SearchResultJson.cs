using System.Text.Json.Serialization;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Api;

/// <summary>The JSON answer of /api/search, the same shape as the CLI's --json output.</summary>
/// <param name="Facets">Counts per dimension (country, format, year, official, lang), in that order.</param>
public sealed record SearchResultJson(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("hits")] IReadOnlyList<HitJson> Hits,
    [property: JsonPropertyName("facets")] IReadOnlyDictionary<string, IReadOnlyList<FacetCountJson>> Facets,
    [property: JsonPropertyName("took_ms")] double TookMs,
    [property: JsonPropertyName("notice")] string? Notice,
    [property: JsonPropertyName("did_you_mean")] string? DidYouMean)
{
    public static SearchResultJson From(SearchResponse response)
    {
        // An ordered dictionary keeps the dimensions in FacetDimension.All order in the JSON.
        var facets = new OrderedDictionary<string, IReadOnlyList<FacetCountJson>>(StringComparer.Ordinal);
        foreach (var counts in response.Facets)
        {
            facets[counts.Dimension] = counts.Values.Select(FacetCountJson.From).ToList();
        }

        return new SearchResultJson(
            response.Total,
            response.Hits.Select(HitJson.From).ToList(),
            facets,
            Math.Round(response.Took.TotalMilliseconds, 3),
            response.Notice,
            response.DidYouMean);
    }
}
