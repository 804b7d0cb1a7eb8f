using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.FacetCounting;

/// <summary>The filter of one facet dimension: an OR of its selected values.</summary>
public sealed record FacetFilter(string Dimension, IReadOnlyList<string> Values)
{
    /// <summary>The known, non-empty selections of a request, in FacetDimension.Countable order; unknown dimensions are ignored.</summary>
    public static IReadOnlyList<FacetFilter> From(IReadOnlyDictionary<string, IReadOnlyList<string>>? filters)
    {
        var result = new List<FacetFilter>();
        if (filters is null)
        {
            return result;
        }

        foreach (var dimension in Core.Facets.FacetDimension.Countable)
        {
            if (filters.TryGetValue(dimension, out var values) && values is { Count: > 0 })
            {
                var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
                if (distinct.Count > 0)
                {
                    result.Add(new FacetFilter(dimension, distinct));
                }
            }
        }

        return result;
    }

    /// <summary>The query restricted to documents passing every filter, without changing its scores.</summary>
    public static Query Narrow(Query query, IEnumerable<FacetFilter> filters)
    {
        BooleanQuery? narrowed = null;
        foreach (var filter in filters)
        {
            narrowed ??= new BooleanQuery(disableCoord: true) { { query, Occur.MUST } };
            narrowed.Add(new ConstantScoreQuery(filter.ToQuery()) { Boost = 0f }, Occur.MUST);
        }

        return narrowed ?? query;
    }

    /// <summary>Matches documents carrying any of the values; a non-numeric year matches nothing.</summary>
    public Query ToQuery()
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in Values)
        {
            if (Dimension == ArticleFields.Year)
            {
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
                {
                    any.Add(NumericRangeQuery.NewInt32Range(ArticleFields.Year, year, year, true, true), Occur.SHOULD);
                }
            }
            else
            {
                any.Add(new TermQuery(new Term(Dimension, value)), Occur.SHOULD);
            }
        }

        return any;
    }
}
