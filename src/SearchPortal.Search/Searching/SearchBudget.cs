using System.Diagnostics;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The time one search request may spend collecting hits, over all its passes (all words, did-you-mean's check, the
/// any-word fallback) and all its threads; past it the collection stops and the answer says it may be incomplete.
/// </summary>
/// <remarks>
/// Lucene's TimeLimitingCollector would do the same through a process-wide timer thread and an exception; a clock
/// of the request's own, looked at every <see cref="DocsPerCheck"/> hits, needs neither. The clock runs in wall time,
/// which on a busy machine only ever runs ahead of the CPU time a request spends.
/// </remarks>
internal sealed class SearchBudget(TimeSpan limit)
{
    /// <summary>How many hits a collection takes between two looks at the clock.</summary>
    public const int DocsPerCheck = 1024;

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private volatile bool cut;

    /// <summary>Whether some collection of this request stopped early.</summary>
    public bool Cut => cut;

    /// <summary>Whether the time is spent; the first time it is, the request is marked as cut.</summary>
    public bool Spent()
    {
        if (cut)
        {
            return true;
        }

        if (limit == Timeout.InfiniteTimeSpan || clock.Elapsed <= limit)
        {
            return false;
        }

        cut = true;
        return true;
    }
}
