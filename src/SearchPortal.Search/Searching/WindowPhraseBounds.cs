using System.Numerics;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Which documents of a <see cref="WindowedDisjunctionMaxScorer"/>'s window cannot reach the collector's lowest kept
/// score even with every covered phrase that may stand on them: those phrases are then not checked against positions.
/// </summary>
/// <remarks>
/// A phrase counts at its most on the document (<see cref="ScoreBounds.PhraseAt"/>, at its guard's frequency there), and
/// the window's bound is <see cref="ScoreBounds.DisjunctionMax"/>.
/// </remarks>
internal sealed class WindowPhraseBounds
{
    private const int Words = WindowedDisjunctionMaxScorer.WindowSize / 64;

    private readonly Scorer[] clauses;
    private readonly bool[] scoringOnly;
    private readonly int[] guardedBy;

    private readonly ulong[] pruned = new ulong[Words];
    private readonly ulong[] none = new ulong[Words];
    private readonly float[] phraseSums = new float[WindowedDisjunctionMaxScorer.WindowSize];
    private readonly float[] phraseBests = new float[WindowedDisjunctionMaxScorer.WindowSize];

    /// <param name="clauses">The window's clauses in the query's order.</param>
    /// <param name="scoringOnly">Per clause, whether it only scores.</param>
    /// <param name="guardedBy">Per clause, the slot of its guard among the guards, or -1.</param>
    /// <param name="guardSlots">How many clauses guard others.</param>
    public WindowPhraseBounds(Scorer[] clauses, bool[] scoringOnly, int[] guardedBy, int guardSlots)
    {
        this.clauses = clauses;
        this.scoringOnly = scoringOnly;
        this.guardedBy = guardedBy;
        GuardFrequencies = [.. Enumerable.Range(0, guardSlots).Select(_ => new float[WindowedDisjunctionMaxScorer.WindowSize])];
    }

    /// <summary>Per guard slot, the guard's term frequency on each document of the window where it stands, filled by the scorer.</summary>
    public float[][] GuardFrequencies { get; }

    /// <summary>No document pruned.</summary>
    public ReadOnlySpan<ulong> None => none;

    /// <summary>
    /// The documents of <paramref name="decided"/> whose deciding clauses' best and sum (<paramref name="highest"/>,
    /// <paramref name="sums"/>), with the phrases that may stand there at their most, stay below <paramref name="min"/>.
    /// </summary>
    public ReadOnlySpan<ulong> Prune(int windowStart, ReadOnlySpan<ulong> decided, float[] highest, float[] sums, ulong[][] guardBits, float tieBreaker, float min)
    {
        Array.Clear(pruned);
        for (var w = 0; w < Words; w++)
        {
            for (var b = decided[w]; b != 0; b &= b - 1)
            {
                var i = (w << 6) + BitOperations.TrailingZeroCount(b);
                phraseSums[i] = 0;
                phraseBests[i] = 0;
            }
        }

        for (var c = 0; c < scoringOnly.Length; c++)
        {
            if (scoringOnly[c])
            {
                AddPhrase(c, windowStart, guardedBy[c] >= 0 ? guardBits[guardedBy[c]] : decided);
            }
        }

        for (var w = 0; w < Words; w++)
        {
            for (var b = decided[w]; b != 0; b &= b - 1)
            {
                var i = (w << 6) + BitOperations.TrailingZeroCount(b);
                if (ScoreBounds.DisjunctionMax(highest[i], sums[i], phraseBests[i], phraseSums[i], tieBreaker) < min)
                {
                    pruned[w] |= 1UL << (i & 63);
                }
            }
        }

        return pruned;
    }

    // The phrase's most on each document where it may stand, into their sum and best.
    private void AddPhrase(int c, int windowStart, ReadOnlySpan<ulong> where)
    {
        var phrase = clauses[c];
        ReadOnlySpan<float> frequencies = guardedBy[c] >= 0 ? GuardFrequencies[guardedBy[c]] : default;
        for (var w = 0; w < Words; w++)
        {
            for (var b = where[w]; b != 0; b &= b - 1)
            {
                var i = (w << 6) + BitOperations.TrailingZeroCount(b);
                var most = ScoreBounds.PhraseAt(phrase, windowStart + i, frequencies.IsEmpty ? ScoreBounds.UnreachedFrequency : frequencies[i]);
                phraseSums[i] += most;
                phraseBests[i] = Math.Max(phraseBests[i], most);
            }
        }
    }
}
