using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Upper bounds of a top-level scorer's score on its current document that cost less than the score: a name's covered
/// phrases (<see cref="ResolvedPhraseQuery.Covered"/>) count at their highest score instead of being checked against
/// positions. <see cref="CompetitiveHits"/> asks for the bound first and the score only when the bound can compete.
/// </summary>
/// <remarks>
/// Boolean scorers multiply their sums by a coordination factor that is at most 1 (BM25's is always 1), so a sum of
/// their clauses' bounds bounds them. Scorers of other kinds count at their own score.
/// </remarks>
internal static class ScoreBounds
{
    // Scores summed in another order than the scorer's own differ in their last bits; a bound a hundred-thousandth
    // higher covers hundreds of additions' rounding.
    private const float Margin = 1e-5f;

    /// <summary>
    /// The bound of <paramref name="scorer"/>'s score on its current document, or null when no part of it is cheaper to
    /// bound than to score.
    /// </summary>
    public static Func<float>? For(Scorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return Bound(scorer) is { Cheaper: true } bound ? bound.Of : null;
    }

    /// <summary>
    /// A bound of a disjunction's score, best + tie-breaker × the rest, that is (1 - t) × best + t × sum, once phrases
    /// whose highest scores have the given best and sum join the clauses already summed: the best can rise at most to
    /// the phrases' best and the sum at most by theirs, and both terms grow with them.
    /// </summary>
    public static float DisjunctionMax(float best, float sum, float phraseBest, float phraseSum, float tieBreaker) =>
        Widen(((1 - tieBreaker) * Math.Max(best, phraseBest)) + (tieBreaker * (sum + phraseSum)));

    /// <summary>
    /// No score of <paramref name="docScorer"/> on any document is higher: its score of a frequency no document reaches.
    /// BM25 saturates towards it; a similarity that does not saturate gives a bound too high to rule anything out.
    /// </summary>
    public static float Highest(Similarity.SimScorer docScorer) => Widen(docScorer.Score(0, UnreachedFrequency));

    /// <summary>The highest score of a term's or a phrase's scorer; infinite for a scorer of another kind.</summary>
    public static float Highest(Scorer scorer) => scorer switch
    {
        ResolvedTermScorer term => term.MaxScore,
        AlignedPhraseScorer phrase => phrase.MaxScore,
        _ => float.PositiveInfinity,
    };

    /// <summary>
    /// What a covered phrase's score is at most per point of its guard's score on the same document, or infinity when
    /// that is not known. BM25 scores frequency f in a document as w × f / (f + k), k from the document's length in the
    /// field; the phrase stands in its guard's field, so k is the same, and no more often than its guard's term, so its
    /// score is at most its weight's share of the guard's: w(phrase) / w(guard) × score(guard).
    /// </summary>
    public static float PerGuardPoint(Scorer phrase, Scorer guard)
    {
        var (phraseHighest, guardHighest) = (Highest(phrase), Highest(guard));
        return float.IsFinite(phraseHighest) && float.IsFinite(guardHighest) && guardHighest > 0
            ? Widen(Widen(phraseHighest / guardHighest))
            : float.PositiveInfinity;
    }

    // Large enough that BM25's frequency / (frequency + length norm) rounds to 1, small enough that the score's
    // product with it stays finite.
    private const float UnreachedFrequency = 1e30f;

    /// <summary><paramref name="bound"/> raised by the margin for rounding.</summary>
    public static float Widen(float bound) => bound + (Math.Abs(bound) * Margin) + float.Epsilon;

    // Lucene.Net keeps its boolean scorers internal; they are known by name (with their subclasses, which scale the same
    // sums by a coordination factor), for the pinned version of the library, whose use the tests check. Each scores a
    // document as the sum of its required clauses' scores and, where it stands, its optional clause's.
    private static readonly string[] SumsItsClauses =
        ["Lucene.Net.Search.ConjunctionScorer", "Lucene.Net.Search.ReqOptSumScorer", "Lucene.Net.Search.BooleanScorer2"];

    private static bool Is(Scorer scorer, string typeName)
    {
        for (var type = scorer.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == typeName)
            {
                return true;
            }
        }

        return false;
    }

    private static (Func<float> Of, bool Cheaper) Bound(Scorer scorer)
    {
        if (scorer is LazyDisjunctionMaxScorer lazy)
        {
            return (lazy.UpperBound, true);
        }

        if (!SumsItsClauses.Any(name => Is(scorer, name)))
        {
            return (scorer.GetScore, false);
        }

        var children = scorer.GetChildren();
        var required = children.Where(c => c.Relationship == "MUST").Select(c => Bound(c.Child)).ToArray();
        var optional = children.Where(c => c.Relationship == "SHOULD").Select(c => c.Child).ToArray();
        if (required.Length == 0 || optional.Length > 1 || required.Length + optional.Length != children.Count)
        {
            return (scorer.GetScore, false);
        }

        var optionalBound = optional.Length == 1 ? Bound(optional[0]) : default;
        if (!required.Any(r => r.Cheaper) && !optionalBound.Cheaper)
        {
            return (scorer.GetScore, false);
        }

        var requiredBounds = required.Select(r => r.Of).ToArray();
        var single = optional.Length == 1 ? optional[0] : null;
        return (() =>
        {
            float sum = 0;
            foreach (var bound in requiredBounds)
            {
                sum += bound();
            }

            if (single is not null)
            {
                // The optional clause counts only where it stands, as the scorer's own sum does; moving it there is the
                // step the score would take, and with one optional clause the scorer reads it as it is.
                var doc = scorer.DocID;
                var at = single.DocID < doc ? single.Advance(doc) : single.DocID;
                sum += at == doc ? optionalBound.Of() : 0;
            }

            return Widen(sum);
        }, true);
    }
}
