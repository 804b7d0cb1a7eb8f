using Lucene.Net.Index;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The token the index writes where a spelling phrase stands (<see cref="Analysis.SpellingPhrases"/>), with its looked-up
/// states and the fingerprint of the set it belongs to: a segment whose articles were all written with that set
/// answers the phrase from the token's postings.
/// </summary>
internal sealed record SpellingToken(Term Term, TermContext State, string Fingerprint);
