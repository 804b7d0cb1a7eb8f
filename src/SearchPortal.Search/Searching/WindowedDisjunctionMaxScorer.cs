using System.Numerics;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Scores a <see cref="LazyDisjunctionMaxQuery"/> that is the whole query, window by window of documents: each clause
/// in turn adds its scores on the window's documents into a table, then the window's documents come out in order. A
/// document of a frequent word costs a few additions instead of a heap's moves and a second pass over its clauses.
/// </summary>
/// <remarks>
/// A document's clauses are added in the query's order of clauses, as <see cref="LazyDisjunctionMaxScorer"/> adds
/// them, so both give the same score to the last bit. Only for queries without scoring-only clauses (covered phrases),
/// whose places among the clauses would interleave with the deciding clauses. <see cref="Advance"/> skips whole windows
/// but refills one from its target, so a conjunction would pay a window per candidate: made for the top level only
/// (<see cref="LazyDisjunctionMaxQuery.TopScorer"/>).
/// </remarks>
internal sealed class WindowedDisjunctionMaxScorer : Scorer
{
    /// <summary>Documents per window: the table of a window stays in the first-level cache.</summary>
    public const int WindowSize = 1024;

    private const int Words = WindowSize / 64;

    private readonly float tieBreakerMultiplier;
    private readonly Scorer[] clauses;
    private readonly long cost;
    private readonly float[] sums = new float[WindowSize];
    private readonly float[] maxima = new float[WindowSize];
    private readonly int[] counts = new int[WindowSize];
    private readonly ulong[] present = new ulong[Words];

    private int windowStart;
    private int word = Words;
    private ulong bits;
    private int doc = -1;
    private int slot;

    /// <param name="clauses">The clauses' scorers in the query's order of clauses, none of them started.</param>
    public WindowedDisjunctionMaxScorer(Weight weight, float tieBreakerMultiplier, Scorer[] clauses)
        : base(weight)
    {
        this.tieBreakerMultiplier = tieBreakerMultiplier;
        this.clauses = clauses;
        cost = clauses.Sum(s => s.GetCost());
    }

    public override int DocID => doc;

    /// <summary>How many clauses match the current document.</summary>
    public override int Freq => counts[slot];

    public override float GetScore()
    {
        var max = maxima[slot];
        return max + ((sums[slot] - max) * tieBreakerMultiplier);
    }

    public override long GetCost() => cost;

    public override int NextDoc()
    {
        if (doc == -1)
        {
            foreach (var clause in clauses)
            {
                clause.NextDoc();
            }

            return Fill();
        }

        return Next();
    }

    public override int Advance(int target)
    {
        if (doc != -1 && target < windowStart + WindowSize)
        {
            // Within the window: drop its documents before target and go on from there.
            var at = target - windowStart;
            if (at > slot)
            {
                word = at >> 6;
                bits = present[word] & (ulong.MaxValue << (at & 63));
            }

            return Next();
        }

        foreach (var clause in clauses)
        {
            if (clause.DocID < target)
            {
                clause.Advance(target);
            }
        }

        return Fill();
    }

    // The next document of the window, or of the next window that has any.
    private int Next()
    {
        while (bits == 0)
        {
            if (++word >= Words)
            {
                return Fill();
            }

            bits = present[word];
        }

        slot = (word << 6) + BitOperations.TrailingZeroCount(bits);
        bits &= bits - 1;
        return doc = windowStart + slot;
    }

    // The window from the first document any clause stands on: each clause adds its documents in it, in clause order.
    private int Fill()
    {
        var first = NO_MORE_DOCS;
        foreach (var clause in clauses)
        {
            first = Math.Min(first, clause.DocID);
        }

        if (first == NO_MORE_DOCS)
        {
            return doc = NO_MORE_DOCS;
        }

        windowStart = first;
        var end = first + WindowSize;
        Array.Clear(present);
        foreach (var clause in clauses)
        {
            for (var d = clause.DocID; d < end; d = clause.NextDoc())
            {
                var i = d - first;
                var score = clause.GetScore();
                ref var mask = ref present[i >> 6];
                var bit = 1UL << (i & 63);
                if ((mask & bit) == 0)
                {
                    mask |= bit;
                    sums[i] = score;
                    maxima[i] = Math.Max(0f, score);
                    counts[i] = 1;
                }
                else
                {
                    sums[i] += score;
                    maxima[i] = Math.Max(maxima[i], score);
                    counts[i]++;
                }
            }
        }

        word = 0;
        bits = present[0];
        slot = -1;
        return Next();
    }

    public override ICollection<ChildScorer> GetChildren() => [.. clauses.Select(s => new ChildScorer(s, "SHOULD"))];
}
