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
/// them, so both give the same score to the last bit. Scoring-only clauses (a name's covered phrases) stand between
/// the deciding ones in that order, so with them the window keeps the deciding clauses' scores first and then adds
/// every clause in turn. <see cref="Advance"/> skips whole windows but refills one from its target, so a conjunction
/// would pay a window per candidate: made for the top level only (<see cref="LazyDisjunctionMaxQuery.TopScorer"/>).
/// A collector that keeps only the best hits raises <see cref="MinCompetitiveScore"/>: a covered phrase is then checked
/// only on documents it could lift to that score (<see cref="WindowPhraseBounds"/>).
/// </remarks>
internal sealed class WindowedDisjunctionMaxScorer : Scorer
{
    /// <summary>Documents per window: the table of a window stays in the first-level cache.</summary>
    public const int WindowSize = 1024;

    /// <summary>
    /// Below this many postings in a segment the heap's scorer is as quick, and the window's tables (20 KB) are not
    /// worth allocating: a rare word's request at 56,651 articles allocated 63 instead of 37 KB with them.
    /// </summary>
    public const long MinCost = 4 * WindowSize;

    private const int Words = WindowSize / 64;

    private readonly float tieBreakerMultiplier;
    private readonly Scorer[] clauses;
    private readonly long cost;

    // Per clause (in the query's order, absent ones left out): whether it only scores, and the place in guardBits of
    // the clause that guards it (-1: none) and of the clause itself when it guards another (-1: it does not).
    private readonly bool[] scoringOnly;
    private readonly int[] guardedBy;
    private readonly int[] guardSlot;
    private readonly ulong[][] guardBits;
    private readonly bool buffered;
    private readonly WindowPhraseBounds? phraseBounds;

    // The deciding clauses' (slot, score) pairs of the window, clause after clause, when scoring-only clauses must be
    // added in between: clause c's run is ends[c - 1] to ends[c].
    private int[] bufferedSlots = [];
    private float[] bufferedScores = [];
    private readonly int[] ends;
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
    /// <param name="scoringOnly">Per clause, whether it only scores (<see cref="ResolvedPhraseQuery.Covered"/>).</param>
    /// <param name="guards">Per clause, the place in <paramref name="clauses"/> of the deciding clause whose absence
    /// rules it out on a document, or -1 (<see cref="LazyDisjunctionMaxQuery.Guards"/>).</param>
    public WindowedDisjunctionMaxScorer(Weight weight, float tieBreakerMultiplier, Scorer[] clauses, bool[] scoringOnly, int[] guards)
        : base(weight)
    {
        this.tieBreakerMultiplier = tieBreakerMultiplier;
        this.clauses = clauses;
        this.scoringOnly = scoringOnly;
        cost = clauses.Where((_, c) => !scoringOnly[c]).Sum(s => s.GetCost());
        buffered = scoringOnly.Contains(true);
        ends = new int[clauses.Length];
        guardSlot = [.. clauses.Select(_ => -1)];
        var slots = 0;
        foreach (var guard in guards.Where(g => g >= 0).Distinct())
        {
            guardSlot[guard] = slots++;
        }

        guardedBy = [.. guards.Select(g => g >= 0 ? guardSlot[g] : -1)];
        guardBits = [.. Enumerable.Range(0, slots).Select(_ => new ulong[Words])];
        phraseBounds = buffered ? new WindowPhraseBounds(clauses, scoringOnly, guardedBy, slots) : null;
    }

    public override int DocID => doc;

    /// <summary>
    /// The score a document must exceed to be worth its covered phrases (the lowest score its collector keeps, once
    /// full). A document below it even with its phrases at their most keeps the deciding clauses' score and frequency
    /// only: short of the true ones, but ruled out either way.
    /// </summary>
    public float MinCompetitiveScore { get; set; } = float.NegativeInfinity;

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
            for (var c = 0; c < clauses.Length; c++)
            {
                if (!scoringOnly[c])
                {
                    clauses[c].NextDoc();
                }
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

        for (var c = 0; c < clauses.Length; c++)
        {
            if (!scoringOnly[c] && clauses[c].DocID < target)
            {
                clauses[c].Advance(target);
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

    // The window from the first document any deciding clause stands on, each clause's scores added in clause order.
    private int Fill()
    {
        var first = NO_MORE_DOCS;
        for (var c = 0; c < clauses.Length; c++)
        {
            if (!scoringOnly[c])
            {
                first = Math.Min(first, clauses[c].DocID);
            }
        }

        if (first == NO_MORE_DOCS)
        {
            return doc = NO_MORE_DOCS;
        }

        windowStart = first;
        Array.Clear(present);
        if (buffered)
        {
            FillBuffered(first + WindowSize);
        }
        else
        {
            foreach (var clause in clauses)
            {
                for (var d = clause.DocID; d < first + WindowSize; d = clause.NextDoc())
                {
                    Add(d - first, clause.GetScore());
                }
            }
        }

        word = 0;
        bits = present[0];
        slot = -1;
        return Next();
    }

    // Scoring-only clauses stand between deciding ones, and score only where the deciding clauses leave documents: the
    // deciding clauses' scores are kept first, then every clause is added in order.
    private void FillBuffered(int end)
    {
        foreach (var guard in guardBits)
        {
            Array.Clear(guard);
        }

        Span<ulong> decided = stackalloc ulong[Words];
        var kept = 0;
        for (var c = 0; c < clauses.Length; c++)
        {
            if (!scoringOnly[c])
            {
                var clause = clauses[c];
                var guard = guardSlot[c] >= 0 ? guardBits[guardSlot[c]] : null;
                var frequenciesOfGuard = guardSlot[c] >= 0 ? phraseBounds!.GuardFrequencies[guardSlot[c]] : null;
                for (var d = clause.DocID; d < end; d = clause.NextDoc())
                {
                    var i = d - windowStart;
                    if (kept == bufferedSlots.Length)
                    {
                        Array.Resize(ref bufferedSlots, Math.Max(WindowSize, kept * 2));
                        Array.Resize(ref bufferedScores, Math.Max(WindowSize, kept * 2));
                    }

                    bufferedSlots[kept] = i;
                    bufferedScores[kept++] = clause.GetScore();
                    decided[i >> 6] |= 1UL << (i & 63);
                    if (guard is not null)
                    {
                        guard[i >> 6] |= 1UL << (i & 63);
                        frequenciesOfGuard![i] = clause.Freq;
                    }
                }
            }

            ends[c] = kept;
        }

        var pruned = Prune(decided);
        for (var c = 0; c < clauses.Length; c++)
        {
            if (!scoringOnly[c])
            {
                for (var k = c == 0 ? 0 : ends[c - 1]; k < ends[c]; k++)
                {
                    Add(bufferedSlots[k], bufferedScores[k]);
                }

                continue;
            }

            // A covered phrase is moved only to the documents its guard (or, unguarded, any deciding clause) stands on.
            ReadOnlySpan<ulong> where = guardedBy[c] >= 0 ? guardBits[guardedBy[c]] : decided;
            var phrase = clauses[c];
            for (var w = 0; w < Words; w++)
            {
                for (var b = where[w] & ~pruned[w]; b != 0; b &= b - 1)
                {
                    var i = (w << 6) + BitOperations.TrailingZeroCount(b);
                    var d = windowStart + i;
                    var at = phrase.DocID < d ? phrase.Advance(d) : phrase.DocID;
                    if (at == d && phrase.Freq > 0)
                    {
                        Add(i, phrase.GetScore());
                    }
                }
            }
        }
    }

    // The documents of the window whose phrases need not be checked (WindowPhraseBounds), with the tables left empty.
    private ReadOnlySpan<ulong> Prune(ReadOnlySpan<ulong> decided)
    {
        var min = MinCompetitiveScore;
        if (float.IsNegativeInfinity(min))
        {
            return phraseBounds!.None;
        }

        for (var c = 0; c < clauses.Length; c++)
        {
            if (!scoringOnly[c])
            {
                for (var k = c == 0 ? 0 : ends[c - 1]; k < ends[c]; k++)
                {
                    Add(bufferedSlots[k], bufferedScores[k]);
                }
            }
        }

        var pruned = phraseBounds!.Prune(windowStart, decided, maxima, sums, guardBits, tieBreakerMultiplier, min);

        // The tables start again for the scores in clause order.
        Array.Clear(present);
        return pruned;
    }

    private void Add(int i, float score)
    {
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

    public override ICollection<ChildScorer> GetChildren() => [.. clauses.Select(s => new ChildScorer(s, "SHOULD"))];
}
