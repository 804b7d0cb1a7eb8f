using System.Globalization;
using System.Text.Json.Serialization;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Api;

/// <summary>One hit in the JSON API; snippets are HTML with matched terms in &lt;mark&gt;.</summary>
public sealed record HitJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("score")] float Score,
    [property: JsonPropertyName("facets")] HitFacetsJson Facets,
    [property: JsonPropertyName("snippets")] IReadOnlyList<string> Snippets)
{
    public static HitJson From(SearchHit hit) =>
        new(hit.Id, hit.Title, IsoDate(hit.Date), hit.Language, hit.Source, hit.Score, HitFacetsJson.From(hit.Facets), hit.Snippets);

    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
