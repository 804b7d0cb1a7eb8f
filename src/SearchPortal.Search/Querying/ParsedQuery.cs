using Lucene.Net.Search;

namespace SearchPortal.Search.Querying;

/// <summary>A user query read into a Lucene query, with a friendly notice when it had to be read leniently.</summary>
/// <param name="MatchesAll">True for an empty query: every article matches and the default order is newest first.</param>
internal sealed record ParsedQuery(Query Query, bool MatchesAll, string? Notice);
