using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// A term query carrying its per-segment states, looked up already (<see cref="QueryTermStates"/>,
/// <see cref="PresentTerms"/>): the engine's searcher leaves it as it is instead of looking its term up again.
/// </summary>
internal sealed class ResolvedTermQuery(Term term, TermContext states) : TermQuery(term, states);
