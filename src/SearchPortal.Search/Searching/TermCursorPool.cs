using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The <see cref="TermCursors"/> of one open reader, lent to one request's term look-up at a time. A fresh terms
/// enumerator per segment and field (and its cloned input, its frames and their buffers) was most of what a short
/// query spent looking its terms up; kept enumerators only seek. A reader's segments never change, so an enumerator
/// stays valid as long as the reader is open, and the pool lives and dies with its searcher.
/// </summary>
internal sealed class TermCursorPool(IndexReaderContext top)
{
    // More than the look-ups that run at once on a busy server keeps memory for nothing; past it, returns are dropped.
    private const int MaxKept = 32;

    // A bag's count visits every thread's list under their locks: a counter of its own says how many are kept.
    private readonly ConcurrentBag<TermCursors> free = [];
    private int kept;

    /// <summary>The reader whose enumerators this pool lends.</summary>
    public IndexReaderContext Top { get; } = top;

    /// <summary>Cursors no other look-up holds, made when none is free.</summary>
    public TermCursors Rent()
    {
        if (free.TryTake(out var cursors))
        {
            Interlocked.Decrement(ref kept);
            return cursors;
        }

        return new TermCursors(Top);
    }

    /// <summary>Gives back cursors from <see cref="Rent"/> once their look-up is done (never after it failed halfway).</summary>
    public void Return(TermCursors cursors)
    {
        ArgumentNullException.ThrowIfNull(cursors);
        if (!ReferenceEquals(cursors.Top, Top))
        {
            throw new ArgumentException("the cursors read another reader", nameof(cursors));
        }

        if (Interlocked.Increment(ref kept) <= MaxKept)
        {
            free.Add(cursors);
        }
        else
        {
            Interlocked.Decrement(ref kept);
        }
    }
}
