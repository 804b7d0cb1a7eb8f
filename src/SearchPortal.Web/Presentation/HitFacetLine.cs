using System.Globalization;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Presentation;

/// <summary>One labelled line of a result card: the values of one dimension the article is about, as many as fit on a
/// line, and how many more it has.</summary>
public sealed record HitFacetLine(string Dimension, IReadOnlyList<string> Shown, int Hidden)
{
    /// <summary>About what fits on one line of a card beside its label, in characters.</summary>
    public const int LineCharacters = 60;

    /// <summary>The lines of a hit in card order (Country, Format, Official, Year), empty dimensions left out.</summary>
    /// <param name="name">How a value reads on the card (dimension, value → name): the line is measured by the names shown.</param>
    public static IReadOnlyList<HitFacetLine> Of(HitFacets facets, Func<string, string, string> name)
    {
        ArgumentNullException.ThrowIfNull(facets);
        ArgumentNullException.ThrowIfNull(name);
        var lines = new List<HitFacetLine>(4);
        Add(lines, FacetDimension.Country, facets.Countries, name);
        Add(lines, FacetDimension.Format, facets.Formats, name);
        Add(lines, FacetDimension.Official, facets.Officials, name);
        if (facets.Year is { } year)
        {
            Add(lines, FacetDimension.Year, [year.ToString(CultureInfo.InvariantCulture)], name);
        }

        return lines;
    }

    private static void Add(List<HitFacetLine> lines, string dimension, IReadOnlyList<string> values, Func<string, string, string> name)
    {
        if (values.Count == 0)
        {
            return;
        }

        // The first value always shows; the next ones while the line has room for them and their separators.
        var used = name(dimension, values[0]).Length;
        var shown = 1;
        while (shown < values.Count && used + 2 + name(dimension, values[shown]).Length <= LineCharacters)
        {
            used += 2 + name(dimension, values[shown]).Length;
            shown++;
        }

        lines.Add(new HitFacetLine(dimension, values.Take(shown).ToList(), values.Count - shown));
    }
}
