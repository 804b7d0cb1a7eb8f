using System.Numerics;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Which documents of a <see cref="WindowedDisjunctionMaxScorer"/>'s window cannot reach the collector's lowest kept
/// score even with every covered phrase that may stand on them: those phrases are then not checked against positions.
/// </summary>
/// <remarks>
/// A phrase counts at most its share of its guard's score on the document (<see cref="ScoreBounds.PerGuardPoint"/>), or
/// its highest score when that share is not known, and the window's bound is <see cref="ScoreBounds.DisjunctionMax"/>.
/// </remarks>
internal sealed class WindowPhraseBounds
{
    private const int Words = WindowedDisjunctionMaxScorer.WindowSize / 64;

    private readonly bool[] scoringOnly;
    private readonly int[] guardedBy;

    // Per clause, its highest score and what it scores at most per point of its guard's score.
    private readonly float[] highestOfClause;
    private readonly float[] perGuardPoint;

    private readonly ulong[] pruned = new ulong[Words];
    private readonly ulong[] none = new ulong[Words];
    private readonly float[] phraseSums = new float[WindowedDisjunctionMaxScorer.WindowSize];
    private readonly float[] phraseBests = new float[WindowedDisjunctionMaxScorer.WindowSize];

    /// <param name="clauses">The window's clauses in the query's order.</param>
    /// <param name="scoringOnly">Per clause, whether it only scores.</param>
    /// <param name="guards">Per clause, the place of its guard among the clauses, or -1.</param>
    /// <param name="guardedBy">Per clause, the slot of its guard among the guards, or -1.</param>
    /// <param name="guardSlots">How many clauses guard others.</param>
    public WindowPhraseBounds(Scorer[] clauses, bool[] scoringOnly, int[] guards, int[] guardedBy, int guardSlots)
    {
        this.scoringOnly = scoringOnly;
        this.guardedBy = guardedBy;
        highestOfClause = [.. clauses.Select(ScoreBounds.Highest)];
        perGuardPoint = [.. clauses.Select((clause, c) => guards[c] >= 0 ? ScoreBounds.PerGuardPoint(clause, clauses[guards[c]]) : float.PositiveInfinity)];
        GuardScores = [.. Enumerable.Range(0, guardSlots).Select(_ => new float[WindowedDisjunctionMaxScorer.WindowSize])];
    }

    /// <summary>Per guard slot, the guard's score on each document of the window where it stands, filled by the scorer.</summary>
    public float[][] GuardScores { get; }

    /// <summary>No document pruned.</summary>
    public ReadOnlySpan<ulong> None => none;

    /// <summary>
    /// The documents of <paramref name="decided"/> whose deciding clauses' best and sum (<paramref name="highest"/>,
    /// <paramref name="sums"/>), with the phrases that may stand there at their most, stay below <paramref name="min"/>.
    /// </summary>
    public ReadOnlySpan<ulong> Prune(ReadOnlySpan<ulong> decided, float[] highest, float[] sums, ulong[][] guardBits, float tieBreaker, float min)
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
                AddPhrase(c, guardedBy[c] >= 0 ? guardBits[guardedBy[c]] : decided);
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
    private void AddPhrase(int c, ReadOnlySpan<ulong> where)
    {
        var guarded = guardedBy[c] >= 0 && float.IsFinite(perGuardPoint[c]);
        ReadOnlySpan<float> scoresOfGuard = guarded ? GuardScores[guardedBy[c]] : default;
        var most = highestOfClause[c];
        for (var w = 0; w < Words; w++)
        {
            for (var b = where[w]; b != 0; b &= b - 1)
            {
                var i = (w << 6) + BitOperations.TrailingZeroCount(b);
                var here = guarded ? Math.Min(most, scoresOfGuard[i] * perGuardPoint[c]) : most;
                phraseSums[i] += here;
                phraseBests[i] = Math.Max(phraseBests[i], here);
            }
        }
    }
}
