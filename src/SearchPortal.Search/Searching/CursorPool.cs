using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Sets of enumerators over one open reader (<see cref="TermCursors"/>, <see cref="PostingsCursors"/>), each lent to one
/// request at a time. Fresh enumerators per segment and field (each with a cloned file input and its buffers) were a
/// large part of what a short query spent; kept ones only seek. A reader's segments never change, so an enumerator
/// stays valid as long as the reader is open, and the pool lives and dies with its searcher.
/// </summary>
internal sealed class CursorPool<T>(IndexReaderContext top, Func<IndexReaderContext, T> open)
    where T : class, IReaderCursors
{
    // More than the requests that run at once on a busy server keeps memory for nothing; past it, returns are dropped.
    private const int MaxKept = 32;

    // A bag's count visits every thread's list under their locks: a counter of its own says how many are kept.
    private readonly ConcurrentBag<T> free = [];
    private int kept;

    /// <summary>The reader whose enumerators this pool lends.</summary>
    public IndexReaderContext Top { get; } = top ?? throw new ArgumentNullException(nameof(top));

    /// <summary>A set no other request holds, made when none is free.</summary>
    public T Rent()
    {
        if (free.TryTake(out var cursors))
        {
            Interlocked.Decrement(ref kept);
            return cursors;
        }

        return open(Top);
    }

    /// <summary>Gives back a set from <see cref="Rent"/> once nothing reads through it any more.</summary>
    public void Return(T cursors)
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
