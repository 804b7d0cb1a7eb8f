namespace SearchPortal.Search.FacetCounting;

/// <summary>Orders counted facet values: by count descending, then value; selected values always come back.</summary>
internal static class FacetRanking
{
    public static FacetCounts Rank(string dimension, IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> selected, int topN)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var labels = counts.Keys.ToArray();
        return Rank(dimension, labels, [.. labels.Select(label => counts[label])], counts.GetValueOrDefault, selected, topN, labelsInOrder: false);
    }

    /// <summary>Ranks the counts of a request kept per global ordinal (<paramref name="totals"/>[ord] counts <paramref name="global"/>'s label ord).</summary>
    public static FacetCounts Rank(string dimension, GlobalOrdinals global, int[] totals, IReadOnlyList<string> selected, int topN)
    {
        ArgumentNullException.ThrowIfNull(global);
        return Rank(dimension, global.Labels, totals, label => global.OrdinalOf(label) is var ord and >= 0 ? totals[ord] : 0, selected, topN,
            labelsInOrder: true);
    }

    // labelsInOrder: the labels stand in ordinal string order (a global ordinal's are), so of two equal counts the
    // lower place ranks first without comparing strings; thousands of values counted once each made those comparisons
    // 3 % of a request's CPU.
    private static FacetCounts Rank(string dimension, string[] labels, int[] counts, Func<string, int> countOf, IReadOnlyList<string> selected, int topN,
        bool labelsInOrder)
    {
        var positive = 0;
        foreach (var count in counts)
        {
            positive += count > 0 ? 1 : 0;
        }

        var top = Best(labelsInOrder ? null : labels, counts, Math.Clamp(topN, 0, positive));
        var values = new List<FacetCount>(top.Count + selected.Count);
        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ord in top)
        {
            values.Add(new FacetCount(labels[ord], counts[ord], selected.Contains(labels[ord], StringComparer.Ordinal)));
            returned.Add(labels[ord]);
        }

        var returnedPositive = top.Count;
        foreach (var value in selected)
        {
            if (returned.Add(value))
            {
                var count = countOf(value);
                values.Add(new FacetCount(value, count, true));
                returnedPositive += count > 0 ? 1 : 0;
            }
        }

        values.Sort(static (a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return new FacetCounts(dimension, values, positive - returnedPositive);
    }

    /// <summary>The places of the <paramref name="take"/> best values with a positive count, best first.</summary>
    /// <remarks>A dimension can have thousands of values (source categories) of which a page shows ten: a bounded heap
    /// keeps those ten without sorting the rest.</remarks>
    /// <param name="labels">The labels to break ties by, or null when their places are in their order.</param>
    private static List<int> Best(string[]? labels, int[] counts, int take)
    {
        var best = new List<int>(take);
        if (take == 0)
        {
            return best;
        }

        // The heap's root is the worst value kept so far.
        var kept = new PriorityQueue<int, int>(take, Comparer<int>.Create((a, b) => Better(labels, counts, b, a)));
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] <= 0)
            {
                continue;
            }

            if (kept.Count < take)
            {
                kept.Enqueue(ord, ord);
            }
            else if (Better(labels, counts, ord, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(ord, ord);
            }
        }

        while (kept.Count > 0)
        {
            best.Add(kept.Dequeue());
        }

        best.Reverse();
        return best;
    }

    /// <summary>Negative when value <paramref name="a"/> ranks before <paramref name="b"/>: higher count, then ordinal value.</summary>
    private static int Better(string[]? labels, int[] counts, int a, int b) =>
        counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : labels is null ? a.CompareTo(b) : string.CompareOrdinal(labels[a], labels[b]);
}
