using System.Diagnostics;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The time one search request may spend collecting hits, over all its passes (all words, did-you-mean's check, the
/// any-word fallback) and all its threads; past it the collection stops and the answer says it may be incomplete.
/// Only the passes count: reading the query, loading the translations or the first call's compilation do not, so a
/// portal's first search after start is never cut for the time it spent warming up.
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

    // Stopwatch ticks of the passes done, and the start of the pass under way (0 between passes). Passes run one after
    // another on the request's thread; the threads of a pass only read.
    private long spentTicks;
    private long passStart;
    private volatile bool cut;

    /// <summary>Whether some collection of this request stopped early.</summary>
    public bool Cut => cut;

    /// <summary>Starts counting a collection pass; <see cref="EndPass"/> adds its time to the request's.</summary>
    public void BeginPass() => Interlocked.Exchange(ref passStart, Stopwatch.GetTimestamp());

    /// <summary>Ends the pass <see cref="BeginPass"/> started.</summary>
    public void EndPass()
    {
        var start = Interlocked.Exchange(ref passStart, 0);
        if (start != 0)
        {
            Interlocked.Add(ref spentTicks, Stopwatch.GetTimestamp() - start);
        }
    }

    /// <summary>Whether the time is spent; the first time it is, the request is marked as cut.</summary>
    public bool Spent()
    {
        if (cut)
        {
            return true;
        }

        if (limit == Timeout.InfiniteTimeSpan)
        {
            return false;
        }

        var start = Interlocked.Read(ref passStart);
        var ticks = Interlocked.Read(ref spentTicks) + (start == 0 ? 0 : Stopwatch.GetTimestamp() - start);
        if (Stopwatch.GetElapsedTime(0, ticks) <= limit)
        {
            return false;
        }

        cut = true;
        return true;
    }
}
