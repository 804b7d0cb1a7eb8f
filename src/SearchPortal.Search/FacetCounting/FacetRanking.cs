namespace SearchPortal.Search.FacetCounting;

/// <summary>Orders counted facet values: by count descending, then value; selected values always come back.</summary>
public static class FacetRanking
{
    public static FacetCounts Rank(string dimension, IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> selected, int topN)
    {
        var ranked = counts.Where(pair => pair.Value > 0).ToList();
        ranked.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var take = Math.Clamp(topN, 0, ranked.Count);
        var values = new List<FacetCount>(take + selected.Count);
        var returned = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < take; i++)
        {
            var (value, count) = ranked[i];
            values.Add(new FacetCount(value, count, selected.Contains(value, StringComparer.Ordinal)));
            returned.Add(value);
        }

        foreach (var value in selected)
        {
            if (returned.Add(value))
            {
                values.Add(new FacetCount(value, counts.GetValueOrDefault(value), true));
            }
        }

        values.Sort(static (a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        var others = ranked.Count(pair => !returned.Contains(pair.Key));
        return new FacetCounts(dimension, values, others);
    }
}
