using System.Globalization;
using System.Text.Json.Serialization;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Api;

/// <summary>One whole article in the JSON API: the hit fields, the text, and the evidence sentences per facet value.</summary>
/// <param name="Html">The text as HTML with the terms of ?q= marked.</param>
/// <param name="Evidence">Per dimension, per value, the sentences where the value was found.</param>
public sealed record ArticleJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("facets")] HitFacetsJson Facets,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("evidence")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Evidence)
{
    public static ArticleJson From(ArticleView article)
    {
        var facets = article.Facets;
        var hitFacets = new HitFacetsJson(
            facets.Countries.Select(v => v.Value).ToList(),
            facets.Formats.Select(v => v.Value).ToList(),
            facets.YearNumber,
            facets.Officials.Select(v => v.Value).ToList());
        var evidence = new OrderedDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal)
        {
            [FacetDimension.Country] = EvidenceOf(facets.Countries),
            [FacetDimension.Format] = EvidenceOf(facets.Formats),
            [FacetDimension.Year] = EvidenceOf(facets.Year is null ? [] : [facets.Year]),
            [FacetDimension.Official] = EvidenceOf(facets.Officials),
        };
        return new ArticleJson(
            article.Id,
            article.Title,
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            article.Language,
            article.Source,
            article.Url,
            article.Category,
            hitFacets,
            article.Text,
            article.HighlightedHtml,
            evidence);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> EvidenceOf(IReadOnlyList<FacetValue> values)
    {
        var evidence = new OrderedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            evidence[value.Value] = value.Evidence;
        }

        return evidence;
    }
}
