using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Upper bounds of a top-level scorer's score on its current document that cost less than the score: a name's covered
/// phrases (<see cref="ResolvedPhraseQuery.Covered"/>) count at their most on the document (<see cref="PhraseAt"/>)
/// instead of being checked against positions. <see cref="CompetitiveHits"/> asks for the bound first and the score only
/// when the bound can compete.
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
    /// whose most scores have the given best and sum join the clauses already summed: the best can rise at most to the
    /// phrases' best and the sum at most by theirs, and both terms grow with them.
    /// </summary>
    public static float DisjunctionMax(float best, float sum, float phraseBest, float phraseSum, float tieBreaker) =>
        Widen(((1 - tieBreaker) * Math.Max(best, phraseBest)) + (tieBreaker * (sum + phraseSum)));

    /// <summary>
    /// A covered phrase's most on <paramref name="doc"/>: its score there at the frequency of its guard's term
    /// (<paramref name="guardFrequency"/>), or at a frequency no document reaches when it has no guard; infinite for a
    /// scorer of another kind. The phrase stands in its guard's field, no more often than the guard's term, and BM25
    /// scores a document's frequency f in a field as w × f / (f + k), k from the document's length there: rising with f,
    /// and 0 where the document has no text in the field.
    /// </summary>
    public static float PhraseAt(Scorer phrase, int doc, float guardFrequency) =>
        phrase is AlignedPhraseScorer aligned ? Widen(aligned.ScoreAt(doc, Math.Min(guardFrequency, UnreachedFrequency))) : float.PositiveInfinity;

    /// <summary>The frequency to bound a phrase with when no guard tells how often it can stand on a document.</summary>
    public const float UnreachedFrequency = 1e30f;

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
        // Without a covered phrase the bound is the deciding clauses' score, which is the score: asking it first only
        // summed the clauses twice for every hit that enters the top.
        if (scorer is LazyDisjunctionMaxScorer lazy)
        {
            return lazy.HasScoringOnlyClauses ? (lazy.UpperBound, true) : (scorer.GetScore, false);
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
