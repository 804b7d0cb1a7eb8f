using System.Globalization;
using System.Text.Json.Nodes;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Json;

/// <summary>The one shape of an exported hit, as a CSV row and as a JSON Lines object, for the portal's export and the CLI's.</summary>
public static class ExportRecord
{
    /// <summary>Separates the values of a many-valued CSV column ("Kazakhstan; Russia").</summary>
    public const string ValueSeparator = "; ";

    /// <summary>The CSV header: metadata, then the values the article is about, then those it only mentions.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "title", "date", "lang", "source", "url",
        "countries", "formats", "year", "officials",
        "countries_mentioned", "formats_mentioned", "officials_mentioned",
    ];

    /// <summary>The CSV fields of <paramref name="hit"/>, raw (unquoted) in the order of <see cref="Columns"/>.</summary>
    public static IReadOnlyList<string> Fields(ExportHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var (about, mentioned) = (hit.Hit.Facets, hit.Mentioned);
        return
        [
            hit.Hit.Id, hit.Hit.Title, SearchJson.Date(hit.Hit.Date) ?? "", hit.Hit.Language, hit.Hit.Source ?? "", hit.Url ?? "",
            Join(about.Countries), Join(about.Formats), about.Year?.ToString(CultureInfo.InvariantCulture) ?? "", Join(about.Officials),
            Join(mentioned.Countries), Join(mentioned.Formats), Join(mentioned.Officials),
        ];
    }

    /// <summary><paramref name="hit"/> as one CSV line (no line end), quoted by <see cref="CsvText"/>.</summary>
    public static string CsvLine(ExportHit hit) => CsvText.Line(Fields(hit));

    /// <summary>
    /// <paramref name="hit"/> as one JSON object: the API's hit fields without score, plus source, url, and the values it
    /// only mentions under "mentions" (as /api/articles names them).
    /// </summary>
    public static JsonObject Json(ExportHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new JsonObject
        {
            ["id"] = hit.Hit.Id,
            ["title"] = hit.Hit.Title,
            ["date"] = SearchJson.Date(hit.Hit.Date),
            ["lang"] = hit.Hit.Language,
            ["source"] = hit.Hit.Source,
            ["url"] = hit.Url,
            ["facets"] = SearchJson.Facets(hit.Hit.Facets),
            ["mentions"] = new JsonObject
            {
                [FacetDimension.Country] = SearchJson.Strings(hit.Mentioned.Countries),
                [FacetDimension.Format] = SearchJson.Strings(hit.Mentioned.Formats),
                [FacetDimension.Official] = SearchJson.Strings(hit.Mentioned.Officials),
            },
        };
    }

    private static string Join(IReadOnlyList<string> values) => string.Join(ValueSeparator, values);
}
