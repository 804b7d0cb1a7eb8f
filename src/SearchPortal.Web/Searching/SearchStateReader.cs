using System.Globalization;
using Microsoft.Extensions.Primitives;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Input;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;

namespace SearchPortal.Web.Searching;

/// <summary>Reads and validates the search parameters of a URL, for the search page and the JSON API alike.</summary>
/// <remarks>
/// Every value first loses what QueryText drops (control characters, unpaired surrogates, noncharacters), so the
/// engine, the links and the page only ever see valid text. The query's syntax is never rejected: the engine reads
/// malformed syntax leniently. Nor are facet values: the engine resolves their spellings (lang=Deutsch,
/// country=Kasachstan), and a value it does not know finds nothing and shows as a removable filter. Refused with the
/// parameter named: what cannot be a value at all (a year that is not a number) and what passes the configured limits
/// (query length and words, selected values, page depth), since those bound the work one request may cost. A
/// single-valued parameter (q, sort, page, size, more, mentions) given more than once is refused too, naming it: the
/// portal's forms never send one twice, and joining hundreds of q values into one query was the costliest request.
/// Facet parameters repeat by design (their distinct values are read, up to the limits); unknown parameters are ignored.
/// </remarks>
public static class SearchStateReader
{
    /// <summary>No facet value (a country, a format, an official's name) is longer; a longer one is not a value.</summary>
    public const int MaxValueLength = 200;

    private const int MinYear = 1;
    private const int MaxYear = 9999;

    /// <summary>The parameters that take one value; each may appear at most once in a URL.</summary>
    public static readonly IReadOnlyList<string> SingleValued = ["q", "sort", "page", "size", "more", SearchState.MentionsParameter];

    public static SearchStateReading Read(IQueryCollection query, SearchPortalOptions limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var name in SingleValued)
        {
            if (Repeated(name, query[name]) is { } repeated)
            {
                return new SearchStateReading(null, repeated);
            }
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var selected = 0;
        foreach (var dimension in FacetDimension.All)
        {
            var values = Distinct(query[dimension], limits.MaxSelectedPerFacet + 1);
            var error = values.Count > limits.MaxSelectedPerFacet
                ? string.Create(CultureInfo.InvariantCulture, $"at most {limits.MaxSelectedPerFacet} {dimension} values can be selected at once.")
                : Check(dimension, values);
            selected += values.Count;
            if (error is null && selected > limits.MaxSelectedTotal)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"at most {limits.MaxSelectedTotal} facet values can be selected at once, over all facets.");
            }

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
        if (pageText is not null && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > limits.MaxPage))
        {
            return SearchStateReading.Invalid("page", string.Create(CultureInfo.InvariantCulture, $"page must be a whole number from 1 to {limits.MaxPage}."));
        }

        var size = SearchState.DefaultSize;
        var sizeText = Single(query["size"]);
        if (sizeText is not null && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > SearchState.MaxSize))
        {
            return SearchStateReading.Invalid("size", string.Create(CultureInfo.InvariantCulture, $"size must be a whole number from 1 to {SearchState.MaxSize}."));
        }

        var more = Single(query["more"]);
        if (more is not null && !FacetDimension.All.Contains(more))
        {
            return SearchStateReading.Invalid("more", "more must name a facet: " + string.Join(", ", FacetDimension.All) + ".");
        }

        var mentions = false;
        var mentionsText = Single(query[SearchState.MentionsParameter]);
        if (mentionsText is not null)
        {
            if (mentionsText is not ("1" or "0" or "true" or "false"))
            {
                return SearchStateReading.Invalid(SearchState.MentionsParameter, "mentions must be 1 (include articles that only mention a value) or 0.");
            }

            mentions = mentionsText is "1" or "true";
        }

        var translate = true;
        var translateText = Single(query[SearchState.TranslateParameter]);
        if (translateText is not null)
        {
            if (translateText is not ("1" or "0" or "true" or "false"))
            {
                return SearchStateReading.Invalid(SearchState.TranslateParameter, "translate must be 1 (also search German and English translations of the words) or 0.");
            }

            translate = translateText is "1" or "true";
        }

        if (ReadQuery(query["q"], limits, out var text) is { } queryError)
        {
            return new SearchStateReading(null, queryError);
        }

        return SearchStateReading.Valid(new SearchState(text, filters, sort, page, size, more, mentions, translate));
    }

    /// <summary>
    /// The query text of <paramref name="values"/> (q), cleaned and trimmed, or the error when it passes the limits;
    /// also for the article page's q, which marks the words of the search that led there.
    /// </summary>
    public static ParameterError? ReadQuery(StringValues values, SearchPortalOptions limits, out string text)
    {
        ArgumentNullException.ThrowIfNull(limits);
        text = "";
        if (Repeated("q", values) is { } repeated)
        {
            return repeated;
        }

        // Measured before cleaning too: a 100 KB value is refused before any work is spent on it.
        if (values.Sum(value => value?.Length ?? 0) > limits.MaxQueryCharacters + 1000)
        {
            return QueryTooLong(limits);
        }

        var cleaned = QueryText.Clean(values.Count == 1 ? values[0] : "").Trim();
        if (cleaned.Length > limits.MaxQueryCharacters)
        {
            return QueryTooLong(limits);
        }

        if (WordCount(cleaned) > limits.MaxQueryWords)
        {
            return new ParameterError("q", string.Create(CultureInfo.InvariantCulture, $"the search may have at most {limits.MaxQueryWords} words; shorten it."));
        }

        text = cleaned;
        return null;
    }

    /// <summary>The error for a single-valued parameter listed more than once, or null.</summary>
    public static ParameterError? Repeated(string name, StringValues values) =>
        values.Count > 1 ? new ParameterError(name, $"{name} may be given only once.") : null;

    private static ParameterError QueryTooLong(SearchPortalOptions limits) =>
        new("q", string.Create(CultureInfo.InvariantCulture, $"the search may have at most {limits.MaxQueryCharacters:N0} characters; shorten it."));

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }

    private static string? Check(string dimension, IReadOnlyList<string> values)
    {
        if (values.Any(value => value.Length > MaxValueLength))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{dimension} values have at most {MaxValueLength} characters.");
        }

        if (dimension == FacetDimension.Year)
        {
            foreach (var value in values)
            {
                var single = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear;
                if (!single && !YearRange.TryParse(value, out _) && !string.Equals(value, FacetVocabulary.UndatedYear, StringComparison.OrdinalIgnoreCase))
                {
                    return "year must be a year such as 2024, a range such as 2019..2023, or undated.";
                }
            }
        }

        return null;
    }

    /// <summary>The value of a parameter given at most once (see <see cref="Repeated"/>), cleaned, or null; an empty form field counts as absent.</summary>
    private static string? Single(StringValues values)
    {
        var value = values.Count == 1 ? QueryText.Clean(values[0]).Trim() : "";
        return value.Length > 0 ? value : null;
    }

    /// <summary>The distinct non-blank values, cleaned, in order; reading stops at <paramref name="enough"/>.</summary>
    private static List<string> Distinct(StringValues values, int enough)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in values)
        {
            var value = QueryText.Clean(raw).Trim();
            if (value.Length > 0 && seen.Add(value))
            {
                result.Add(value);
                if (result.Count >= enough)
                {
                    break;
                }
            }
        }

        return result;
    }
}
