namespace SearchPortal.Search.FacetCounting;

/// <summary>Orders counted facet values: by count descending, then value; selected values always come back.</summary>
internal static class FacetRanking
{
    public static FacetCounts Rank(string dimension, IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> selected, int topN)
    {
        var positive = 0;
        foreach (var pair in counts)
        {
            positive += pair.Value > 0 ? 1 : 0;
        }

        var top = Best(counts, Math.Clamp(topN, 0, positive));
        var values = new List<FacetCount>(top.Count + selected.Count);
        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, count) in top)
        {
            values.Add(new FacetCount(value, count, selected.Contains(value, StringComparer.Ordinal)));
            returned.Add(value);
        }

        var returnedPositive = top.Count;
        foreach (var value in selected)
        {
            if (returned.Add(value))
            {
                var count = counts.GetValueOrDefault(value);
                values.Add(new FacetCount(value, count, true));
                returnedPositive += count > 0 ? 1 : 0;
            }
        }

        values.Sort(static (a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return new FacetCounts(dimension, values, positive - returnedPositive);
    }

    /// <summary>The <paramref name="take"/> best values with a positive count, best first.</summary>
    /// <remarks>A dimension can have thousands of values (source categories) of which a page shows ten: a bounded heap
    /// keeps those ten without sorting the rest.</remarks>
    private static List<KeyValuePair<string, int>> Best(IReadOnlyDictionary<string, int> counts, int take)
    {
        var best = new List<KeyValuePair<string, int>>(take);
        if (take == 0)
        {
            return best;
        }

        // The heap's root is the worst value kept so far.
        var kept = new PriorityQueue<KeyValuePair<string, int>, KeyValuePair<string, int>>(take, Comparer<KeyValuePair<string, int>>.Create(static (a, b) => Better(b, a)));
        foreach (var pair in counts)
        {
            if (pair.Value <= 0)
            {
                continue;
            }

            if (kept.Count < take)
            {
                kept.Enqueue(pair, pair);
            }
            else if (Better(pair, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(pair, pair);
            }
        }

        while (kept.Count > 0)
        {
            best.Add(kept.Dequeue());
        }

        best.Reverse();
        return best;
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>: higher count, then ordinal value.</summary>
    private static int Better(KeyValuePair<string, int> a, KeyValuePair<string, int> b) =>
        a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key);
}
