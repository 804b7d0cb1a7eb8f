using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The looked-up states of terms over one open reader, remembered for its searcher's life and shared by its requests.
/// Thread-safe.
/// </summary>
/// <remarks>
/// A word is a term in six fields and a name one more per spelling, looked up in each segment's terms dictionary: the
/// look-up was a sixth of a short query's CPU in a profile (<c>docs/performance.md</c>, fourth round). A reader's
/// segments never change, so a state stays true while it is open; the next generation's searcher starts empty. A
/// state is only read once registered (a weight copies it into its enumerator), so requests can share it.
/// </remarks>
internal sealed class KnownTermStates
{
    /// <summary>How many terms are kept (about 0.4 KB each); past it they are all dropped and kept anew, so a stream of
    /// terms never seen again (a hostile client's) costs bounded memory and the working set soon returns.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly CursorPool<TermCursors> cursors;
    private readonly int capacity;
    private readonly ConcurrentDictionary<Term, TermContext> kept = new();
    private int count;

    /// <param name="cursors">The enumerators of the reader whose terms are looked up.</param>
    /// <param name="capacity">At most this many terms are kept; 0 keeps none, looking every term up afresh.</param>
    public KnownTermStates(CursorPool<TermCursors> cursors, int capacity = DefaultCapacity)
    {
        this.cursors = cursors ?? throw new ArgumentNullException(nameof(cursors));
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        this.capacity = capacity;
    }

    /// <summary>How many terms are kept now.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>
    /// Adds the state of each of <paramref name="terms"/> over the reader to <paramref name="states"/>, as
    /// <see cref="QueryTermStates.LookUp"/> finds it; an absent term's has a document frequency of 0.
    /// </summary>
    public void LookUp(IReadOnlyCollection<Term> terms, Dictionary<Term, TermContext> states)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(states);
        List<Term>? unknown = null;
        foreach (var term in terms)
        {
            if (kept.TryGetValue(term, out var state))
            {
                states[term] = state;
            }
            else
            {
                (unknown ??= new List<Term>(terms.Count)).Add(term);
            }
        }

        if (unknown is null)
        {
            return;
        }

        foreach (var (term, state) in QueryTermStates.LookUp(unknown, cursors.Top, cursors))
        {
            states[term] = state;
            Keep(term, state);
        }
    }

    private void Keep(Term term, TermContext state)
    {
        if (capacity == 0)
        {
            return;
        }

        if (Interlocked.Increment(ref count) > capacity)
        {
            // Approximate under races by design: the bound only has to hold within a few entries.
            kept.Clear();
            Volatile.Write(ref count, 1);
        }

        // A copy of the term as the key: the caller's term may share its bytes with a query that outlives the look-up.
        kept.TryAdd(new Term(term.Field, BytesRef.DeepCopyOf(term.Bytes)), state);
    }
}
