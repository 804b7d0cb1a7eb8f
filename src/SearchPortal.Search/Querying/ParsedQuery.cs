using Lucene.Net.Search;

namespace SearchPortal.Search.Querying;

/// <summary>A user query read into a Lucene query, with a friendly notice when it had to be read leniently.</summary>
/// <param name="MatchesAll">True for an empty query: every article matches and the default order is newest first.</param>
/// <param name="Translations">The other-language words searched beside the typed ones ("summit" for "Gipfel").</param>
internal sealed record ParsedQuery(Query Query, bool MatchesAll, string? Notice, IReadOnlyList<string>? Translations = null);
