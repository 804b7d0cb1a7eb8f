using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Bounds what an any-word query reads: of its optional words (and name spellings) that match anything the
/// <see cref="MaxOptionalClauses"/> rarest are kept, and rarer ones beyond them only while all kept together walk at most
/// a postings budget. A disjunction walks the postings of every clause, so 32 frequent words OR-ed read nearly every
/// posting of the index (50-110 ms at 56,651 articles, growing with the index); the rarest words are also the ones that
/// decide the ranking, since BM25 gives frequent words almost no weight. A reader's question of twelve words mostly
/// rare ones keeps them all: xquad-bilingual through the portal scored nDCG@10 0.833 with eight words, 0.853 with all.
/// </summary>
internal static class AnyWordBound
{
    /// <summary>How many optional clauses an any-word query keeps whatever they cost: more than a query of the harness has.</summary>
    public const int MaxOptionalClauses = 8;

    /// <summary>The postings the kept clauses may walk together before more than <see cref="MaxOptionalClauses"/> are kept.</summary>
    public const long MaxPostings = 200_000;

    /// <summary>
    /// <paramref name="query"/> with its optional clauses at its top (or in the one required group holding them, beside
    /// filters) cut to the cheapest by the postings their scorers would walk: <see cref="MaxOptionalClauses"/>, more
    /// within <paramref name="maxPostings"/>; <paramref name="dropped"/> says how many went, <paramref name="kept"/> how many stayed.
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
            if (matching >= MaxOptionalClauses && walked + cost > maxPostings)
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

    // The documents the clause's scorers would visit, summed over the segments: the scorers' own estimate.
    private static long Cost(IndexSearcher searcher, Query query)
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
