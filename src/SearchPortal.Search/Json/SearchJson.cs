using System.Globalization;
using System.Text.Json.Nodes;
using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Json;

/// <summary>The one JSON shape of search results, shared by the CLI's --json output and the web API.</summary>
public static class SearchJson
{
    /// <summary>Options for the parts only the web API adds.</summary>
    /// <param name="Selected">Marks each facet value selected or not, and lists the applied filters under "selected".</param>
    public sealed record Extras(bool Snippets = false, bool Selected = false, bool TookMs = false);

    public static JsonObject Response(SearchResponse response, Extras? extras = null)
    {
        extras ??= new Extras();
        var hits = new JsonArray();
        foreach (var hit in response.Hits)
        {
            hits.Add(Hit(hit, extras.Snippets));
        }

        var facets = new JsonObject();
        foreach (var dimension in response.Facets)
        {
            var values = new JsonArray();
            foreach (var value in dimension.Values)
            {
                var item = new JsonObject { ["value"] = value.Value, ["count"] = value.Count };
                if (extras.Selected)
                {
                    item["selected"] = value.Selected;
                }

                values.Add(item);
            }

            facets[dimension.Dimension] = values;
        }

        var json = new JsonObject { ["total"] = response.Total, ["matched"] = Matched(response.Matched), ["hits"] = hits, ["facets"] = facets };
        if (extras.Selected)
        {
            json["selected"] = Selected(response.Filters);
        }

        if (extras.TookMs)
        {
            json["took_ms"] = Math.Round(response.Took.TotalMilliseconds, 2);
        }

        if (response.Notice is not null)
        {
            json["notice"] = response.Notice;
        }

        if (response.DidYouMean is not null)
        {
            json["did_you_mean"] = response.DidYouMean;
        }

        if (response.Translations.Count > 0)
        {
            json["also_searched"] = new JsonArray([.. response.Translations.Select(t => (JsonNode)t)]);
        }

        return json;
    }

    public static JsonObject Hit(SearchHit hit, bool withSnippets = false)
    {
        var json = new JsonObject
        {
            ["id"] = hit.Id,
            ["title"] = hit.Title,
            ["date"] = Date(hit.Date),
            ["lang"] = hit.Language,
            ["score"] = float.IsFinite(hit.Score) ? Math.Round(hit.Score, 4) : 0,
            ["facets"] = Facets(hit.Facets),
        };
        if (withSnippets)
        {
            json["snippets"] = Strings(hit.Snippets.Select(MarkedTextHtml.Of));
        }

        return json;
    }

    /// <summary>
    /// An article as the hit object (its facets are the values it is about, as a result card shows) plus its cleaned
    /// text, the evidence of every value it is about under "evidence" and of every value it only mentions under "mentions".
    /// </summary>
    public static JsonObject Article(ArticleView article)
    {
        var facets = article.Facets;
        var json = new JsonObject
        {
            ["id"] = article.Id,
            ["title"] = article.Title,
            ["date"] = Date(article.Date),
            ["lang"] = article.Language,
            ["score"] = null,
            ["source"] = article.Source,
            ["url"] = article.Url,
            ["facets"] = Facets(new HitFacets(
                [.. facets.Countries.Where(v => v.IsAbout).Select(v => v.Value)],
                [.. facets.Formats.Where(v => v.IsAbout).Select(v => v.Value)],
                facets.YearNumber,
                [.. facets.Officials.Where(v => v.IsAbout).Select(v => v.Value)])),
            ["text"] = article.Text,
        };
        json["evidence"] = new JsonObject
        {
            [FacetDimension.Country] = Evidence(ArticleFacets.About(facets.Countries)),
            [FacetDimension.Format] = Evidence(ArticleFacets.About(facets.Formats)),
            [FacetDimension.Year] = Evidence(facets.Year is null ? [] : [facets.Year]),
            [FacetDimension.Official] = Evidence(ArticleFacets.About(facets.Officials)),
        };
        json["mentions"] = new JsonObject
        {
            [FacetDimension.Country] = Evidence(ArticleFacets.Mentioned(facets.Countries)),
            [FacetDimension.Format] = Evidence(ArticleFacets.Mentioned(facets.Formats)),
            [FacetDimension.Official] = Evidence(ArticleFacets.Mentioned(facets.Officials)),
        };
        return json;
    }

    /// <summary>"all" when every word had to match, "any" when any word did (also when all-words-then-any widened).</summary>
    private static string Matched(MatchMode matched) => matched == MatchMode.AnyWord ? "any" : "all";

    /// <summary>The filters as the engine applied them (canonical values), per dimension in the order of FacetDimension.Countable.</summary>
    private static JsonObject Selected(IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var json = new JsonObject();
        foreach (var dimension in FacetDimension.Countable)
        {
            if (filters.TryGetValue(dimension, out var values))
            {
                json[dimension] = Strings(values);
            }
        }

        return json;
    }

    internal static JsonObject Facets(HitFacets facets) => new()
    {
        [FacetDimension.Country] = Strings(facets.Countries),
        [FacetDimension.Format] = Strings(facets.Formats),
        [FacetDimension.Year] = facets.Year,
        [FacetDimension.Official] = Strings(facets.Officials),
    };

    private static JsonObject Evidence(IEnumerable<FacetValue> values)
    {
        var json = new JsonObject();
        foreach (var value in values)
        {
            json[value.Value] = Strings(value.Evidence);
        }

        return json;
    }

    internal static JsonArray Strings(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(value);
        }

        return array;
    }

    internal static string? Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
