using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Bounds what an any-word query reads: of its optional words (and name spellings) that match anything, the rarest are
/// kept, rarest first, while all kept together walk at most a postings budget (<see cref="MaxPostings"/>); the two
/// rarest are kept whatever they cost. A disjunction walks the postings of every clause, so 32 frequent words OR-ed read
/// nearly every posting of the index (50-110 ms at 56,651 articles, growing with the index); the rarest words are also
/// the ones that decide the ranking, since BM25 gives frequent words almost no weight.
/// </summary>
/// <remarks>
/// The budget does not grow with the index, so neither does what the fallback reads: a reader's question of a dozen
/// rare words keeps them all on a small collection (xquad-bilingual through the portal: nDCG@10 0.833 with eight words,
/// 0.853 with all), while on a large archive its frequent words go first. An earlier rule kept the eight rarest
/// whatever they cost, so what the fallback of a long query read grew with the archive.
/// </remarks>
internal static class AnyWordBound
{
    /// <summary>How many optional clauses a query may have before the bound looks at their cost at all.</summary>
    public const int MaxOptionalClauses = 8;

    /// <summary>The postings the kept clauses may walk together; the <see cref="MinKept"/> rarest are kept beyond it.</summary>
    public const long MaxPostings = 100_000;

    /// <summary>How many of the rarest clauses are kept whatever they cost: an any-word search is of words, plural.</summary>
    public const int MinKept = 2;

    /// <summary>
    /// <paramref name="query"/> with its optional clauses at its top (or in the one required group holding them, beside
    /// filters) cut to the cheapest by the postings their scorers would walk: the two rarest, and more while all kept walk at
    /// most <paramref name="maxPostings"/>; <paramref name="dropped"/> says how many went, <paramref name="kept"/> how many stayed.
    /// </summary>
    public static Query Bound(IndexSearcher searcher, Query query, out int dropped, out int kept, long maxPostings = MaxPostings)
    {
        dropped = 0;
        kept = 0;
        if (query is not BooleanQuery top)
        {
            return query;
        }

        if (Optional(top) > MaxOptionalClauses)
        {
            return Rarest(searcher, top, maxPostings, out dropped, out kept);
        }

        // Beside filters or exclusions the words sit in one required group (LuceneQueryBuilder.AddOptional).
        var groups = top.Clauses.Where(c => c.Occur == Occur.MUST && c.Query is BooleanQuery inner && Optional(inner) > MaxOptionalClauses).ToList();
        if (groups.Count == 0)
        {
            return query;
        }

        var clauses = new List<BooleanClause>(top.Clauses.Count);
        foreach (var clause in top.Clauses)
        {
            if (groups.Contains(clause))
            {
                clauses.Add(new BooleanClause(Rarest(searcher, (BooleanQuery)clause.Query, maxPostings, out var cut, out var stayed), clause.Occur));
                dropped += cut;
                kept += stayed;
            }
            else
            {
                clauses.Add(clause);
            }
        }

        return Copy(top, clauses);
    }

    private static int Optional(BooleanQuery query) =>
        query.MinimumNumberShouldMatch == 0 ? query.Clauses.Count(Bounded) : 0;

    // The optional all-words clause (LuceneQueryBuilder's coordination) is no word of its own, and a conjunction
    // walks no more than its rarest part: it stays and does not count.
    private static bool Bounded(BooleanClause clause) =>
        clause.Occur == Occur.SHOULD && !(clause.Query is BooleanQuery all && all.Clauses.All(c => c.Occur == Occur.MUST));

    private static BooleanQuery Rarest(IndexSearcher searcher, BooleanQuery query, long maxPostings, out int dropped, out int kept)
    {
        // A clause matching nothing costs nothing and stays; of the others the cheapest are kept.
        var optional = query.Clauses.Where(Bounded).ToList();
        var costed = optional.Select((clause, position) => (clause, position, cost: Cost(searcher, clause.Query))).ToList();
        var keep = new HashSet<BooleanClause>(costed.Where(c => c.cost == 0).Select(c => c.clause));
        long walked = 0;
        var matching = 0;
        foreach (var (clause, _, cost) in costed.Where(c => c.cost > 0).OrderBy(c => c.cost).ThenBy(c => c.position))
        {
            if (matching >= MinKept && walked + cost > maxPostings)
            {
                break;
            }

            keep.Add(clause);
            walked += cost;
            matching++;
        }

        dropped = optional.Count - keep.Count;
        kept = keep.Count;
        return Copy(query, query.Clauses.Where(c => !Bounded(c) || keep.Contains(c)));
    }

    // The documents the clause's scorers would visit, as the scorers estimate it (a term its document frequency, a
    // conjunction or phrase its rarest part, a disjunction the sum of its parts), from the states the request looked up
    // already; only a query of another kind gets a weight and a scorer per segment to ask.
    private static long Cost(IndexSearcher searcher, Query query) => query switch
    {
        ResolvedTermQuery term => term.States.DocFreq,
        ResolvedPhraseQuery phrase => phrase.States.Min(state => (long)state.DocFreq),
        ConstantScoreQuery { Query: { } inner } => Cost(searcher, inner),
        DisjunctionMaxQuery max => max.Disjuncts.Sum(disjunct => Cost(searcher, disjunct)),
        BooleanQuery boolean when boolean.MinimumNumberShouldMatch == 0 => BooleanCost(searcher, boolean),
        _ => ScorerCost(searcher, query),
    };

    private static long BooleanCost(IndexSearcher searcher, BooleanQuery boolean)
    {
        var required = boolean.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
        return required.Count > 0
            ? required.Min(c => Cost(searcher, c.Query))
            : boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Sum(c => Cost(searcher, c.Query));
    }

    private static long ScorerCost(IndexSearcher searcher, Query query)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        long cost = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            cost += weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)?.GetCost() ?? 0;
        }

        return cost;
    }

    private static BooleanQuery Copy(BooleanQuery original, IEnumerable<BooleanClause> clauses)
    {
        var copy = new BooleanQuery(original.CoordDisabled) { Boost = original.Boost, MinimumNumberShouldMatch = original.MinimumNumberShouldMatch };
        foreach (var clause in clauses)
        {
            copy.Add(clause);
        }

        return copy;
    }
}
