using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// A term query carrying its per-segment states, looked up already (<see cref="QueryTermStates"/>,
/// <see cref="PresentTerms"/>): the engine's searcher leaves it as it is instead of looking its term up again, and its
/// weight (<see cref="ResolvedTermWeight"/>) reads postings on the request's kept enumerators when it has a <see cref="Loan"/>.
/// </summary>
internal sealed class ResolvedTermQuery : TermQuery
{
    public ResolvedTermQuery(Term term, TermContext states, PostingsLoan? loan = null)
        : base(term, states)
    {
        States = states;
        Loan = loan;
    }

    /// <summary>The looked-up states of the term.</summary>
    internal TermContext States { get; }

    /// <summary>The request's kept postings enumerators; null to open fresh ones.</summary>
    internal PostingsLoan? Loan { get; }

    // States of another reader are looked up again, as Lucene's term query does.
    public override Weight CreateWeight(IndexSearcher searcher) =>
        ReferenceEquals(States.TopReaderContext, searcher.TopReaderContext) ? new ResolvedTermWeight(this, searcher) : base.CreateWeight(searcher);
}
