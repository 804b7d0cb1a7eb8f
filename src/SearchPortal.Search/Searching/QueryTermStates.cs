using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Looks up the terms of a query's plain terms and exact phrases before its weight is made: per segment one terms
/// enumerator per field, seeking the field's terms in order, instead of Lucene's fresh enumerator (and cloned file
/// input) per term and segment.
/// </summary>
/// <remarks>
/// A word is a term in each of up to six fields, and each vocabulary spelling more, so a query's weight looked terms up
/// a hundred times per segment, most of that time making and discarding enumerators. The looked-up states are handed
/// to <see cref="TermQuery"/> as Lucene's own <see cref="TermContext"/>, registered the way
/// <see cref="TermContext.Build"/> registers them: statistics, scores and answers stay the same.
/// </remarks>
internal static class QueryTermStates
{
    /// <summary>
    /// <paramref name="query"/> with each <see cref="TermQuery"/> and exact <see cref="PhraseQuery"/> under boolean,
    /// disjunction-max and constant-score nodes carrying its terms' looked-up states over <paramref name="top"/>; other
    /// queries are left as they are.
    /// </summary>
    public static Query Resolve(Query query, IndexReaderContext top, CursorPool<TermCursors>? pool = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(top);
        // A request's queries reach the searcher resolved already (PresentTerms): collecting their leaves into lists
        // and sets for nothing was 2 % of a short query's time.
        if (!QueryLeaves.Any(query, static leaf => leaf is TermQuery term ? IsPlain(term) : leaf is PhraseQuery phrase && IsPlainExact(phrase)))
        {
            return query;
        }

        var leaves = QueryLeaves.Of(query).ToList();
        var terms = leaves.OfType<TermQuery>().Where(IsPlain).Select(term => term.Term)
            .Concat(leaves.OfType<PhraseQuery>().Where(IsPlainExact).SelectMany(phrase => phrase.GetTerms()))
            .ToHashSet();
        if (terms.Count == 0)
        {
            return query;
        }

        var states = LookUp(terms, top, pool);
        return With(query, states);
    }

    // Only Lucene's own TermQuery built without states: a subclass or a caller's states keep their own meaning.
    private static bool IsPlain(TermQuery query) => query.GetType() == typeof(TermQuery);

    // Lucene's own exact phrases of several words (a sloppy one keeps Lucene's scorer; one word rewrites to a term).
    private static bool IsPlainExact(PhraseQuery query) => query.GetType() == typeof(PhraseQuery) && query.Slop == 0 && query.GetTerms().Length > 1;

    /// <summary>
    /// <paramref name="phrase"/> carrying its terms' <paramref name="states"/> when it is Lucene's own exact phrase of
    /// several words, reading positions on <paramref name="loan"/>'s kept enumerators; as it is otherwise.
    /// </summary>
    public static Query Resolved(PhraseQuery phrase, IReadOnlyDictionary<Term, TermContext> states, PostingsLoan? loan = null) =>
        IsPlainExact(phrase) ? new ResolvedPhraseQuery(phrase, states, loan) : phrase;

    /// <summary>The states of <paramref name="terms"/> over <paramref name="top"/>; an absent term's has a document frequency of 0.</summary>
    /// <param name="pool">Enumerators kept from earlier look-ups over <paramref name="top"/>; fresh ones when null or over another reader.</param>
    public static Dictionary<Term, TermContext> LookUp(IReadOnlyCollection<Term> terms, IndexReaderContext top, CursorPool<TermCursors>? pool = null)
    {
        if (pool is null || !ReferenceEquals(pool.Top, top))
        {
            return LookUp(terms, new TermCursors(top));
        }

        var cursors = pool.Rent();
        var states = LookUp(terms, cursors);

        // Only after a look-up that went through: one that failed may have left an enumerator halfway.
        pool.Return(cursors);
        return states;
    }

    private static Dictionary<Term, TermContext> LookUp(IReadOnlyCollection<Term> terms, TermCursors cursors)
    {
        var sorted = terms.ToArray();
        Array.Sort(sorted);
        var states = new Dictionary<Term, TermContext>(sorted.Length);
        foreach (var term in sorted)
        {
            states[term] = new TermContext(cursors.Top);
        }

        foreach (var leaf in cursors.Top.Leaves)
        {
            foreach (var term in sorted)
            {
                if (cursors.For(leaf, term.Field) is { } enumerator && enumerator.SeekExact(term.Bytes))
                {
                    states[term].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                }
            }
        }

        return states;
    }

    private static Query With(Query query, Dictionary<Term, TermContext> states) =>
        QueryLeaves.Replace(query, leaf => leaf switch
        {
            TermQuery term when IsPlain(term) => new ResolvedTermQuery(term.Term, states[term.Term]) { Boost = term.Boost },
            PhraseQuery phrase when IsPlainExact(phrase) => new ResolvedPhraseQuery(phrase, states),
            _ => null,
        });
}
