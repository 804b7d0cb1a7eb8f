using Microsoft.Extensions.Primitives;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Input;

namespace SearchPortal.Web.Searching;

/// <summary>
/// A search among all values of one facet dimension by the start of a word of their names (in English or German),
/// as the facet's filter box asks it: of /api/facets/{dimension}?prefix= with JavaScript, else of the search page
/// through ?facet={dimension}&amp;prefix= (a plain GET form), which then lists the matches in that facet.
/// </summary>
public sealed record FacetValueSearch(string Dimension, string Prefix)
{
    public const string DimensionParameter = "facet";
    public const string PrefixParameter = "prefix";

    /// <summary>No value's word is longer; a longer prefix is refused rather than searched.</summary>
    public const int MaxPrefixLength = 100;

    /// <summary>Matches listed at most.</summary>
    public const int MaxMatches = 50;

    /// <summary>Whether the dimension has values to search (every countable facet).</summary>
    public static bool IsSearchable(string? dimension) => dimension is not null && FacetDimension.Countable.Contains(dimension);

    /// <summary>The prefix cleaned and trimmed, or the error when it is too long.</summary>
    public static ParameterError? ReadPrefix(StringValues values, out string prefix)
    {
        prefix = QueryText.Clean(values.ToString()).Trim();
        return prefix.Length > MaxPrefixLength
            ? new ParameterError(PrefixParameter, $"prefix may have at most {MaxPrefixLength} characters.")
            : null;
    }
}
