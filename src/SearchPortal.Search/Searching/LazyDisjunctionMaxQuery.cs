using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Lucene's <see cref="DisjunctionMaxQuery"/> (the best clause's score plus the others' times the tie-breaker) whose
/// scorer computes a document's score only when it is asked for (<see cref="LazyDisjunctionMaxScorer"/>).
/// </summary>
/// <remarks>
/// Every word of a query is such a disjunction over its fields and spellings, and an all-words query is their
/// conjunction: the conjunction moves each word's disjunction to the documents of the rarest word, and Lucene 4.8's
/// disjunction scores every clause at every document it stops on, most of which the conjunction then passes over.
/// </remarks>
internal sealed class LazyDisjunctionMaxQuery : DisjunctionMaxQuery
{
    /// <summary>The disjunction of <paramref name="disjuncts"/>, as <see cref="DisjunctionMaxQuery"/> takes them.</summary>
    public LazyDisjunctionMaxQuery(IEnumerable<Query> disjuncts, float tieBreakerMultiplier)
        : base(disjuncts as ICollection<Query> ?? [.. disjuncts], tieBreakerMultiplier)
    {
    }

    /// <summary>
    /// Per clause, for a covered phrase, the clause of a word of it searched alone in the same field: where that
    /// word's clause does not stand on a document, the phrase cannot match there, and its scorer is not moved to the
    /// document at all. -1 for every other clause. Read when a weight is made, so that it holds for the clauses as they
    /// are then.
    /// </summary>
    internal int[] Guards() => [.. Disjuncts.Select(GuardOf)];

    private int GuardOf(Query clause)
    {
        if (clause is not ResolvedPhraseQuery { Covered: true } phrase)
        {
            return -1;
        }

        var terms = phrase.GetTerms();
        for (var i = 0; i < Disjuncts.Count; i++)
        {
            if (Disjuncts[i] is TermQuery word && Array.IndexOf(terms, word.Term) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new LazyWeight(this, searcher);

    /// <summary>
    /// The scorer of <paramref name="weight"/> when its query is the whole query, walked from its first document to its
    /// last: for a disjunction of several clauses and enough postings in the segment, one that scores window by window
    /// (<see cref="WindowedDisjunctionMaxScorer"/>); otherwise the weight's own.
    /// </summary>
    /// <param name="minCost">From how many postings of its deciding clauses in the segment a disjunction is scored by
    /// window (<see cref="WindowedDisjunctionMaxScorer.MinCost"/>).</param>
    internal static Scorer? TopScorer(Weight weight, AtomicReaderContext context, IBits acceptDocs, long minCost = WindowedDisjunctionMaxScorer.MinCost) =>
        weight is LazyWeight lazy ? lazy.GetScorer(context, acceptDocs, minCost) : weight.GetScorer(context, acceptDocs);

    // Lucene's weight (its statistics and normalisation), with the lazy scorer.
    private sealed class LazyWeight(LazyDisjunctionMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        private readonly int[] guards = query.Guards();

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) => GetScorer(context, acceptDocs, long.MaxValue);

        public Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs, long windowedFromCost)
        {
            var deciding = new List<(Scorer, int)>(m_weights.Count);
            var scoringOnly = new List<(Scorer, int)>();
            for (var clause = 0; clause < m_weights.Count; clause++)
            {
                var weight = m_weights[clause];
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    (weight is ResolvedPhraseWeight { Covered: true } ? scoringOnly : deciding).Add((scorer, clause));
                }
            }

            // A covered phrase's words include a deciding clause's term, so with no deciding clause it has no scorer either.
            if (deciding.Count == 0)
            {
                return null;
            }

            return deciding.Count + scoringOnly.Count > 1 && deciding.Sum(d => d.Item1.GetCost()) >= windowedFromCost
                ? Windowed(deciding, scoringOnly)
                : new LazyDisjunctionMaxScorer(this, query.TieBreakerMultiplier, guards, [.. deciding], [.. scoringOnly]);
        }

        // The clauses in the query's order; a covered phrase whose guard has no scorer here cannot match, and is left out.
        private WindowedDisjunctionMaxScorer Windowed(List<(Scorer Scorer, int Clause)> deciding, List<(Scorer Scorer, int Clause)> scoringOnly)
        {
            var place = new Dictionary<int, int>();
            var clauses = new List<(Scorer Scorer, int Clause, bool Only)>();
            foreach (var (scorer, clause, only) in deciding.Select(d => (d.Scorer, d.Clause, false))
                .Concat(scoringOnly.Select(d => (d.Scorer, d.Clause, true))).OrderBy(c => c.Item2))
            {
                var guard = guards[clause];
                if (!only || guard < 0 || deciding.Any(d => d.Clause == guard))
                {
                    clauses.Add((scorer, clause, only));
                }
            }

            for (var i = 0; i < clauses.Count; i++)
            {
                place[clauses[i].Clause] = i;
            }

            return new WindowedDisjunctionMaxScorer(this, query.TieBreakerMultiplier, [.. clauses.Select(c => c.Scorer)],
                [.. clauses.Select(c => c.Only)], [.. clauses.Select(c => guards[c.Clause] >= 0 ? place[guards[c.Clause]] : -1)]);
        }
    }
}
