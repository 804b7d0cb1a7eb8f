using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Scores a <see cref="LazyDisjunctionMaxQuery"/>: walks the documents of the clauses that decide its matches in order,
/// through a heap on their positions, and adds up the clauses on the current document only when its score or
/// frequency is asked, once per document. Clauses that only score (covered phrases) stay out of the heap and are moved
/// to a document only when it is scored.
/// </summary>
/// <remarks>
/// The clauses' scores are added in the order of the query's clauses, whatever order the heap holds them in: a
/// document's score depends on its content alone, so copies of one article tie exactly and keep their index order.
/// Lucene adds them in heap order, so a sum can differ from Lucene's in its last bit.
/// </remarks>
internal sealed class LazyDisjunctionMaxScorer : Scorer
{
    private readonly float tieBreakerMultiplier;
    // The deciding clauses' scorers, fixed; the heap orders their places in it by document. The heap moves plain
    // numbers only: storing scorers into a Scorer[] costs a covariance check per store, a tenth of a frequent
    // word's search time at a million articles.
    private readonly Scorer[] deciding;
    private readonly int[] decidingClauses;
    private readonly HeapSlot[] heap;
    private readonly Scorer[] scoringOnly;
    private readonly int[] scoringOnlyClauses;
    // The places in scoringOnly of the clauses no guard rules out, and per clause of the query those it guards.
    private readonly int[] unguarded;
    private readonly int[][] guarded;

    // The scores of the clauses on the document being summed, by clause; onClauses lists those clauses (the first
    // onCount), so that a document costs the clauses on it, not all of a wide disjunction's.
    private readonly float[] clauseScores;
    private readonly int[] onClauses;
    private int onCount;

    // Per clause of the query, its place in deciding (-1: none): a guard's frequency bounds its phrases.
    private readonly int[] decidingOfClause;

    // The document whose deciding clauses are listed first in onClauses (decidingOn of them), before any phrase.
    private int markedDoc = -1;
    private int decidingOn;
    private readonly long cost;
    private int size;
    private int doc = -1;

    // What was summed at scoredDoc: Lucene's score (best + tie-breaker × the rest) and how many clauses matched.
    private int scoredDoc = -1;
    private float score;
    private int matching;

    /// <param name="guards">Per clause of the query, the clause whose absence from a document rules the clause out there, or -1 (<see cref="LazyDisjunctionMaxQuery.Guards"/>).</param>
    /// <param name="deciding">The scorers of the clauses any match comes from, none of them started, each with its
    /// clause's place in the query.</param>
    /// <param name="scoringOnly">The scorers of clauses that match only where some deciding clause does
    /// (<see cref="ResolvedPhraseQuery.Covered"/>), with their places: they add to the score of the documents they
    /// stand on.</param>
    public LazyDisjunctionMaxScorer(Weight weight, float tieBreakerMultiplier, int[] guards,
        (Scorer Scorer, int Clause)[] deciding, (Scorer Scorer, int Clause)[] scoringOnly)
        : base(weight)
    {
        this.tieBreakerMultiplier = tieBreakerMultiplier;
        this.deciding = [.. deciding.Select(d => d.Scorer)];
        decidingClauses = [.. deciding.Select(d => d.Clause)];
        heap = new HeapSlot[deciding.Length];
        this.scoringOnly = [.. scoringOnly.Select(d => d.Scorer)];
        scoringOnlyClauses = [.. scoringOnly.Select(d => d.Clause)];
        var free = new List<int>();
        var byGuard = new List<int>?[guards.Length];
        for (var k = 0; k < scoringOnlyClauses.Length; k++)
        {
            var guard = guards[scoringOnlyClauses[k]];
            (guard < 0 ? free : byGuard[guard] ??= []).Add(k);
        }

        unguarded = [.. free];
        guarded = [.. byGuard.Select(g => g is null ? [] : g.ToArray())];
        clauseScores = new float[guards.Length];
        onClauses = new int[guards.Length];
        decidingOfClause = [.. guards.Select(_ => -1)];
        for (var i = 0; i < decidingClauses.Length; i++)
        {
            decidingOfClause[decidingClauses[i]] = i;
        }

        size = deciding.Length;
        cost = this.deciding.Sum(s => s.GetCost());
    }

    public override int DocID => doc;

    /// <summary>How many clauses match the current document.</summary>
    public override int Freq
    {
        get
        {
            Sum();
            return matching;
        }
    }

    public override float GetScore()
    {
        Sum();
        return score;
    }

    public override long GetCost() => cost;

    public override int NextDoc()
    {
        if (doc == -1)
        {
            return Start(-1);
        }

        // Every clause on the current document moves on; the heap's top is always one of them while any is.
        while (size > 0 && heap[0].Doc == doc)
        {
            Replace(deciding[heap[0].Scorer].NextDoc());
        }

        return doc = size == 0 ? NO_MORE_DOCS : heap[0].Doc;
    }

    public override int Advance(int target)
    {
        if (doc == -1)
        {
            return Start(target);
        }

        while (size > 0 && heap[0].Doc < target)
        {
            Replace(deciding[heap[0].Scorer].Advance(target));
        }

        return doc = size == 0 ? NO_MORE_DOCS : heap[0].Doc;
    }

    // The first move of every deciding clause (to its first document, or to target), then the heap over those left.
    private int Start(int target)
    {
        var kept = 0;
        for (var i = 0; i < size; i++)
        {
            var at = target < 0 ? deciding[i].NextDoc() : deciding[i].Advance(target);
            if (at != NO_MORE_DOCS)
            {
                heap[kept++] = new HeapSlot(at, i);
            }
        }

        size = kept;
        for (var i = (size / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }

        return doc = size == 0 ? NO_MORE_DOCS : heap[0].Doc;
    }

    // The top clause has moved to at: it sinks to its place, or leaves the heap when exhausted.
    private void Replace(int at)
    {
        if (at == NO_MORE_DOCS)
        {
            size--;
            heap[0] = heap[size];
        }
        else
        {
            heap[0].Doc = at;
        }

        if (size > 0)
        {
            SiftDown(0);
        }
    }

    private void SiftDown(int i)
    {
        var node = heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= size)
            {
                break;
            }

            if (child + 1 < size && heap[child + 1].Doc < heap[child].Doc)
            {
                child++;
            }

            if (heap[child].Doc >= node.Doc)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = node;
    }

    private void Sum()
    {
        if (scoredDoc == doc)
        {
            return;
        }

        MarkDeciding();
        foreach (var k in unguarded)
        {
            ScoreOnly(k);
        }

        // A guarded phrase is moved to the document only when its word's clause stands there.
        for (var i = 0; i < decidingOn; i++)
        {
            foreach (var k in guarded[onClauses[i]])
            {
                ScoreOnly(k);
            }
        }

        // Added in the query's order of clauses: the few on the document, sorted by insertion.
        var on = onClauses;
        for (var i = 1; i < onCount; i++)
        {
            var c = on[i];
            var j = i - 1;
            while (j >= 0 && on[j] > c)
            {
                on[j + 1] = on[j];
                j--;
            }

            on[j + 1] = c;
        }

        float sum = 0, max = 0;
        for (var i = 0; i < onCount; i++)
        {
            var c = on[i];
            sum += clauseScores[c];
            max = Math.Max(max, clauseScores[c]);
        }

        score = max + ((sum - max) * tieBreakerMultiplier);
        matching = onCount;
        scoredDoc = doc;
    }

    /// <summary>Whether some clause only adds to the score (a covered phrase), so that <see cref="UpperBound"/> can cost less than the score.</summary>
    internal bool HasScoringOnlyClauses => scoringOnly.Length > 0;

    /// <summary>
    /// A score at least as high as <see cref="GetScore"/> on the current document, from the deciding clauses alone: each
    /// covered phrase that may stand there counts at its most (<see cref="ScoreBounds.PhraseAt"/>), unchecked against
    /// positions (<see cref="ScoreBounds.DisjunctionMax"/>).
    /// </summary>
    internal float UpperBound()
    {
        if (scoredDoc == doc)
        {
            return score;
        }

        MarkDeciding();
        float sum = 0, max = 0;
        for (var i = 0; i < decidingOn; i++)
        {
            var clauseScore = clauseScores[onClauses[i]];
            sum += clauseScore;
            max = Math.Max(max, clauseScore);
        }

        float phraseSum = 0, phraseBest = 0;
        foreach (var k in unguarded)
        {
            var most = ScoreBounds.PhraseAt(scoringOnly[k], doc, ScoreBounds.UnreachedFrequency);
            phraseSum += most;
            phraseBest = Math.Max(phraseBest, most);
        }

        for (var i = 0; i < decidingOn; i++)
        {
            var guard = onClauses[i];
            if (guarded[guard].Length == 0)
            {
                continue;
            }

            var guardFrequency = deciding[decidingOfClause[guard]].Freq;
            foreach (var k in guarded[guard])
            {
                var most = ScoreBounds.PhraseAt(scoringOnly[k], doc, guardFrequency);
                phraseSum += most;
                phraseBest = Math.Max(phraseBest, most);
            }
        }

        return ScoreBounds.DisjunctionMax(max, sum, phraseBest, phraseSum, tieBreakerMultiplier);
    }

    // Lists the deciding clauses on the document with their scores, once per document whether bounded or summed first.
    private void MarkDeciding()
    {
        if (markedDoc == doc)
        {
            return;
        }

        onCount = 0;
        Mark(0);
        decidingOn = onCount;
        markedDoc = doc;
    }

    private void ScoreOnly(int k)
    {
        var clause = scoringOnly[k];
        var at = clause.DocID < doc ? clause.Advance(doc) : clause.DocID;
        if (at == doc && clause.Freq > 0)
        {
            On(scoringOnlyClauses[k], clause.GetScore());
        }
    }

    private void On(int clause, float clauseScore)
    {
        clauseScores[clause] = clauseScore;
        onClauses[onCount++] = clause;
    }

    // The clauses on the current document form a subtree at the heap's top: every parent is at or before its children.
    private void Mark(int i)
    {
        if (i >= size || heap[i].Doc != doc)
        {
            return;
        }

        On(decidingClauses[heap[i].Scorer], deciding[heap[i].Scorer].GetScore());
        Mark((2 * i) + 1);
        Mark((2 * i) + 2);
    }

    public override ICollection<ChildScorer> GetChildren() =>
        [.. heap.Take(size).Select(h => deciding[h.Scorer]).Concat(scoringOnly).Select(s => new ChildScorer(s, "SHOULD"))];

    // A deciding clause in the heap: the document it stands on and its scorer's place in deciding.
    private struct HeapSlot(int doc, int scorer)
    {
        public int Doc = doc;
        public readonly int Scorer = scorer;
    }
}
