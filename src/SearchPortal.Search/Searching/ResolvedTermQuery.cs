using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// A term query carrying its per-segment states, looked up already (<see cref="QueryTermStates"/>,
/// <see cref="PresentTerms"/>): the engine's searcher leaves it as it is instead of looking its term up again.
/// </summary>
internal sealed class ResolvedTermQuery : TermQuery
{
    public ResolvedTermQuery(Term term, TermContext states)
        : base(term, states) => States = states;

    /// <summary>The looked-up states of the term.</summary>
    internal TermContext States { get; }
}
