using System.Globalization;
using Microsoft.Extensions.Primitives;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Web.Searching;

/// <summary>
/// The from and to fields under the year timeline, which work without JavaScript: the search page answers a request
/// carrying them with a redirect to the same search with year=FROM..TO in place of its year selection.
/// </summary>
public static class YearRangeForm
{
    public const string FromParameter = "year_from";
    public const string ToParameter = "year_to";

    public static bool IsPresent(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.ContainsKey(FromParameter) || query.ContainsKey(ToParameter);
    }

    /// <summary>The state with the range as its year selection (a single year when both fields agree), or the error
    /// naming the field that holds no year.</summary>
    public static ParameterError? Apply(IQueryCollection query, SearchState state, out SearchState ranged)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(state);
        ranged = state;
        if (Year(query[FromParameter]) is not { } from)
        {
            return new ParameterError(FromParameter, "the first year of the range must be a year such as 2019.");
        }

        if (Year(query[ToParameter]) is not { } to)
        {
            return new ParameterError(ToParameter, "the last year of the range must be a year such as 2023.");
        }

        var range = new YearRange(from, to);
        var value = range.From == range.To ? range.From.ToString(CultureInfo.InvariantCulture) : range.ToString();
        ranged = state.WithSelection(FacetDimension.Year, [value]);
        return null;
    }

    private static int? Year(StringValues values) =>
        int.TryParse(values.ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999 ? year : null;
}
