using System.Collections.Concurrent;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The first pages of the search that lists every article unfiltered (an empty query: the portal's front page and the
/// API without <c>q</c>), per sort and counted dimensions, collected once per opened index and read by every such
/// request after it.
/// </summary>
/// <remarks>
/// That search walks every live article to sort them by date: 48 to 72 ms of CPU per request at a million articles
/// (the costliest requests of <c>tools/bench/fuzz-cost.sh</c> there), for an answer that only an index switch changes.
/// Its facet counts already come from each segment's cached census; the ranking is what this keeps.
/// </remarks>
internal sealed class EveryArticlePages
{
    /// <summary>How many hits are kept: pages that end deeper are collected as any search is.</summary>
    public const int Depth = 1_000;

    // Keys come from a few sorts, the dimension sets the portal asks for and the values per dimension: a cap keeps an
    // odd caller's combinations from growing the memo without end.
    private const int MaxEntries = 32;

    private readonly ConcurrentDictionary<string, RankedHits> entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The kept hits for <paramref name="key"/>, or those <paramref name="collect"/> gathers to <see cref="Depth"/>,
    /// kept unless <paramref name="budget"/> cut the collection short.
    /// </summary>
    public RankedHits Get(string key, Func<RankedHits> collect, SearchBudget budget)
    {
        if (entries.TryGetValue(key, out var known))
        {
            return known;
        }

        var ranked = collect().Kept(Depth);
        if (!budget.Cut && entries.Count < MaxEntries)
        {
            entries.TryAdd(key, ranked);
        }

        return ranked;
    }
}
