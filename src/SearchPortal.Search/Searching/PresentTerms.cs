using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The terms of one request, each looked up in the index once: queries keep only the clauses that can match, and
/// their term queries carry the looked-up states, so the passes of one request (all words, did-you-mean's check, the
/// any-word fallback, the snippets) do not look them up again; exact phrases carry their terms' states too
/// (<see cref="ResolvedPhraseQuery"/>). Given the request's <see cref="PostingsLoan"/>, the queries read their postings on
/// its kept enumerators. Not thread-safe: one per request.
/// </summary>
/// <remarks>
/// A vocabulary name expands to dozens of spellings over six fields, most of them absent from the index (a German
/// adjective in the English fields, a transliteration nobody wrote): 175 of the 213 terms of a misspelt query naming
/// four places. A clause that matches nothing gets no scorer from Lucene, and BM25 neither normalises nor coordinates
/// by the clauses a query holds, so dropping such clauses changes no hit and no score; it only spares setting them up.
/// </remarks>
/// <param name="spellings">The phrases the index may hold as tokens (the vocabulary's); null to read every phrase by positions.</param>
internal sealed class PresentTerms(IndexSearcher searcher, PostingsLoan? loan = null, SpellingPhrases? spellings = null)
{
    // A word is a term in six fields, a name one more per spelling and field: room for a few words at once.
    private const int ExpectedTerms = 64;

    private readonly Dictionary<Term, TermContext> states = [];
    private readonly SpellingPhrases? tokens = spellings;

    /// <summary><paramref name="query"/> without the clauses that cannot match; null when the whole query cannot.</summary>
    public Query? Matchable(Query query)
    {
        // The terms not looked up yet, together: one terms enumerator per segment and field (QueryTermStates). Sized
        // up front: growing these sets and the states term by term was 6 % of a short query's time in a profile.
        var unknown = new HashSet<Term>(ExpectedTerms);
        QueryLeaves.ForEach(query, (Terms: this, Unknown: unknown), static (leaf, walk) =>
        {
            switch (leaf)
            {
                case TermQuery term:
                    walk.Terms.AddUnknown(walk.Unknown, term.Term);
                    break;
                case PhraseQuery phrase:
                    foreach (var term in phrase.GetTerms())
                    {
                        walk.Terms.AddUnknown(walk.Unknown, term);
                    }

                    if (walk.Terms.tokens?.TokenOf(phrase) is { } token)
                    {
                        walk.Terms.AddUnknown(walk.Unknown, token);
                    }

                    break;
            }
        });

        if (unknown.Count > 0)
        {
            states.EnsureCapacity(states.Count + unknown.Count);
            if (searcher is ArticleIndexSearcher engine)
            {
                engine.TermStates.LookUp(unknown, states);
            }
            else
            {
                foreach (var (term, state) in QueryTermStates.LookUp(unknown, searcher.TopReaderContext))
                {
                    states[term] = state;
                }
            }
        }

        return Kept(query);
    }

    private void AddUnknown(HashSet<Term> unknown, Term term)
    {
        if (!states.ContainsKey(term))
        {
            unknown.Add(term);
        }
    }

    // Every node of the result is the request's own, copied where nothing else changes: the query read from the text
    // is shared by the requests repeating it (QueryReadings), and Lucene's rewrite of a boosted boolean of one clause
    // sets the boost of whatever its clause rewrote to, in place, when that is not the clause itself.
    private Query? Kept(Query query) => query switch
    {
        TermQuery term => Present(term.Term) is { } state ? new ResolvedTermQuery(term.Term, state, loan) { Boost = term.Boost } : null,
        PhraseQuery phrase => phrase.GetTerms().All(t => Present(t) is not null) ? Own(Tokenized(QueryTermStates.Resolved(phrase, states, loan), phrase), phrase) : null,
        ConstantScoreQuery { Query: { } inner } constant => Kept(inner) is { } kept ? new ConstantScoreQuery(kept) { Boost = constant.Boost } : null,
        DisjunctionMaxQuery max => Disjunction(max),
        BooleanQuery boolean => Boolean(boolean),
        _ => (Query)query.Clone(),
    };

    // The phrase with its token's states, when the index may hold it as one (looked up with the words above).
    private Query Tokenized(Query resolved, PhraseQuery phrase) =>
        resolved is ResolvedPhraseQuery exact && tokens?.TokenOf(phrase) is { } token && states.TryGetValue(token, out var state)
            ? exact.WithToken(new SpellingToken(token, state, tokens.Fingerprint))
            : resolved;

    private static Query Own(Query resolved, Query original) => ReferenceEquals(resolved, original) ? (Query)original.Clone() : resolved;

    private TermContext? Present(Term term) => states[term] is { DocFreq: > 0 } state ? state : null;

    private DisjunctionMaxQuery? Disjunction(DisjunctionMaxQuery max)
    {
        var kept = max.Disjuncts.Select(Kept).OfType<Query>().ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        // A spelling's phrase holding a word searched alone in the same field cannot add a match to that word's clause.
        if (kept.Exists(q => q is ResolvedPhraseQuery))
        {
            var words = kept.OfType<ResolvedTermQuery>().Select(t => t.Term).ToHashSet();
            for (var i = 0; i < kept.Count && words.Count > 0; i++)
            {
                if (kept[i] is ResolvedPhraseQuery phrase && phrase.GetTerms().Any(words.Contains))
                {
                    kept[i] = phrase.AsCovered();
                }
            }
        }

        return new LazyDisjunctionMaxQuery(kept, max.TieBreakerMultiplier) { Boost = max.Boost };
    }

    private BooleanQuery? Boolean(BooleanQuery boolean)
    {
        var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        var matching = 0;
        foreach (var clause in boolean.Clauses)
        {
            var kept = Kept(clause.Query);
            if (kept is null)
            {
                // A required clause that cannot match leaves nothing; an optional or excluded one only goes, unless
                // optional clauses are counted (a minimum to match), where it stays and simply never matches.
                if (clause.Occur == Occur.MUST)
                {
                    return null;
                }

                if (clause.Occur == Occur.SHOULD && boolean.MinimumNumberShouldMatch > 0)
                {
                    copy.Add((Query)clause.Query.Clone(), clause.Occur);
                }

                continue;
            }

            copy.Add(kept, clause.Occur);
            matching += clause.Occur == Occur.MUST_NOT ? 0 : 1;
        }

        return matching == 0 ? null : copy;
    }
}
