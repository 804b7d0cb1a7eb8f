using Lucene.Net.Search;
using SearchPortal.Core.Input;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.FacetCounting;

/// <summary>The filter of one facet dimension: an OR of its selected values.</summary>
internal sealed record FacetFilter(string Dimension, IReadOnlyList<string> Values)
{
    /// <summary>
    /// The known, non-empty selections of a request, in FacetDimension.Countable order; unknown dimensions are ignored.
    /// Each value is resolved to the canonical one the index holds ("Kasachstan" selects Kazakhstan, "Deutsch" de); a
    /// value the vocabulary does not know stays as given, and then matches nothing.
    /// </summary>
    public static IReadOnlyList<FacetFilter> From(IReadOnlyDictionary<string, IReadOnlyList<string>>? filters, FacetVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var result = new List<FacetFilter>();
        if (filters is null)
        {
            return result;
        }

        foreach (var dimension in Core.Facets.FacetDimension.Countable)
        {
            if (filters.TryGetValue(dimension, out var values) && values is { Count: > 0 })
            {
                // Values meet the vocabulary's Unicode normalisation, which refuses unpaired surrogates: cleaned first.
                var resolved = values
                    .Select(QueryText.Clean)
                    .Where(v => !string.IsNullOrWhiteSpace(v))
                    .Select(v => vocabulary.Resolve(dimension, v) ?? v.Trim())
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (resolved.Count > 0)
                {
                    result.Add(new FacetFilter(dimension, resolved));
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

    /// <summary>Matches documents carrying any of the values; a value the dimension cannot hold (a non-numeric year) matches nothing.</summary>
    public Query ToQuery() => FacetFields.For(Dimension).Matching(Values);
}
