using System.Globalization;
using Microsoft.Extensions.Primitives;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Searching;

/// <summary>Reads and validates the search parameters of a URL, for the search page and the JSON API alike.</summary>
/// <remarks>
/// The query text itself is never rejected: the engine reads malformed syntax leniently. Nor are facet values: the
/// engine resolves their spellings (lang=Deutsch, country=Kasachstan), and a value it does not know finds nothing and
/// shows as a removable filter. Only what cannot be a value at all (a year that is not a number) is refused here.
/// </remarks>
public static class SearchStateReader
{
    /// <summary>Deep pages cost the engine a top-N of page × size; no reader goes this far.</summary>
    public const int MaxPage = 1000;

    private const int MinYear = 1;
    private const int MaxYear = 9999;

    public static SearchStateReading Read(IQueryCollection query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in FacetDimension.All)
        {
            var values = Distinct(query[dimension]);
            var error = Check(dimension, values);
            if (error is not null)
            {
                return SearchStateReading.Invalid(dimension, error);
            }

            if (values.Count > 0)
            {
                filters[dimension] = values;
            }
        }

        SearchSort? sort = null;
        var sortText = Single(query["sort"]);
        if (sortText is not null)
        {
            if (!SortNames.TryParse(sortText, out var parsed))
            {
                return SearchStateReading.Invalid("sort", "sort must be one of relevance, newest, oldest.");
            }

            sort = parsed;
        }

        var page = 1;
        var pageText = Single(query["page"]);
        if (pageText is not null && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > MaxPage))
        {
            return SearchStateReading.Invalid("page", $"page must be a whole number from 1 to {MaxPage}.");
        }

        var size = SearchState.DefaultSize;
        var sizeText = Single(query["size"]);
        if (sizeText is not null && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || !SearchState.Sizes.Contains(size)))
        {
            return SearchStateReading.Invalid("size", "size must be 10, 20 or 50.");
        }

        var more = Single(query["more"]);
        if (more is not null && !FacetDimension.All.Contains(more))
        {
            return SearchStateReading.Invalid("more", "more must name a facet: " + string.Join(", ", FacetDimension.All) + ".");
        }

        var text = query["q"].ToString();
        return SearchStateReading.Valid(new SearchState(text.Trim(), filters, sort, page, size, more));
    }

    private static string? Check(string dimension, IReadOnlyList<string> values)
    {
        if (dimension == FacetDimension.Year)
        {
            foreach (var value in values)
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < MinYear || year > MaxYear)
                {
                    return "year must be a year such as 2024.";
                }
            }
        }

        return null;
    }

    /// <summary>The last non-blank value of a parameter, or null; an empty form field counts as absent.</summary>
    private static string? Single(StringValues values)
    {
        for (var i = values.Count - 1; i >= 0; i--)
        {
            var value = values[i]?.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                return value;
            }
        }

        return null;
    }

    private static List<string> Distinct(StringValues values)
    {
        var result = new List<string>(values.Count);
        foreach (var raw in values)
        {
            var value = raw?.Trim();
            if (!string.IsNullOrEmpty(value) && !result.Contains(value, StringComparer.Ordinal))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
