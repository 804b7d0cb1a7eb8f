using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Rewrites the leaves of a query built by the engine: boolean, disjunction-max and constant-score nodes are copied
/// with their boosts and settings, and each other node is what the caller's replacement makes of it.
/// </summary>
internal static class QueryLeaves
{
    /// <summary>The leaves of <paramref name="query"/> under its boolean, disjunction-max and constant-score nodes, in order.</summary>
    public static IEnumerable<Query> Of(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                return boolean.Clauses.SelectMany(clause => Of(clause.Query));
            case DisjunctionMaxQuery disjunction:
                return disjunction.Disjuncts.SelectMany(Of);
            case ConstantScoreQuery { Query: { } inner }:
                return Of(inner);
            default:
                return [query];
        }
    }

    /// <summary>Whether any leaf <see cref="Of"/> walks matches <paramref name="match"/>, walked without collecting them.</summary>
    public static bool Any(Query query, Func<Query, bool> match)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (Any(clause.Query, match))
                    {
                        return true;
                    }
                }

                return false;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    if (Any(disjunct, match))
                    {
                        return true;
                    }
                }

                return false;
            case ConstantScoreQuery { Query: { } inner }:
                return Any(inner, match);
            default:
                return match(query);
        }
    }

    /// <summary>
    /// Hands each leaf <see cref="Of"/> walks to <paramref name="visit"/> with <paramref name="state"/>, in order: the
    /// per-request walks, without the iterators and lists of <see cref="Of"/> (a tenth of a term look-up in a profile).
    /// </summary>
    public static void ForEach<TState>(Query query, TState state, Action<Query, TState> visit)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    ForEach(clause.Query, state, visit);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    ForEach(disjunct, state, visit);
                }

                break;
            case ConstantScoreQuery { Query: { } inner }:
                ForEach(inner, state, visit);
                break;
            default:
                visit(query, state);
                break;
        }
    }

    /// <summary><paramref name="query"/> with every leaf for which <paramref name="replace"/> returns a query replaced by it.</summary>
    public static Query Replace(Query query, Func<Query, Query?> replace)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(Replace(clause.Query, replace), clause.Occur);
                }

                return copy;
            case LazyDisjunctionMaxQuery lazy:
                // Still lazy: a filtered request's query is resolved again (its filter terms) after PresentTerms.
                return new LazyDisjunctionMaxQuery(lazy.Disjuncts.Select(d => Replace(d, replace)).ToList(), lazy.TieBreakerMultiplier) { Boost = lazy.Boost };
            case DisjunctionMaxQuery disjunction:
                var max = new DisjunctionMaxQuery(disjunction.TieBreakerMultiplier) { Boost = disjunction.Boost };
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    max.Add(Replace(disjunct, replace));
                }

                return max;
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantScoreQuery(Replace(inner, replace)) { Boost = constant.Boost };
            default:
                return replace(query) ?? query;
        }
    }
}
