namespace SearchPortal.Search.Searching;

/// <summary>One hit of a whole-result export: the result-list entry, the article's address and the values it only mentions.</summary>
/// <param name="Hit">The entry as a result list shows it (no snippets); its facets are the values the article is about.</param>
/// <param name="Mentioned">The country, format and official values the article mentions without being about them.</param>
public sealed record ExportHit(SearchHit Hit, string? Url, HitMentions Mentioned);
