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

    // Free sets in slots taken and filled by one atomic exchange each: no lock on the way of every request (a
    // ConcurrentBag's add locked its thread's queue, 3 % of a short query's time in a profile), and a single thread
    // finds its set in the first slot.
    private readonly T?[] free = new T?[MaxKept];

    /// <summary>The reader whose enumerators this pool lends.</summary>
    public IndexReaderContext Top { get; } = top ?? throw new ArgumentNullException(nameof(top));

    /// <summary>A set no other request holds, made when none is free.</summary>
    public T Rent()
    {
        for (var i = 0; i < free.Length; i++)
        {
            if (Volatile.Read(ref free[i]) is not null && Interlocked.Exchange(ref free[i], null) is { } cursors)
            {
                return cursors;
            }
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

        for (var i = 0; i < free.Length; i++)
        {
            if (Volatile.Read(ref free[i]) is null && Interlocked.CompareExchange(ref free[i], cursors, null) is null)
            {
                return;
            }
        }
    }
}
