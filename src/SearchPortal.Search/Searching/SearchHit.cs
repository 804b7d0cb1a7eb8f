namespace SearchPortal.Search.Searching;

/// <summary>One article in a result list.</summary>
/// <param name="Snippets">1 to 3 HTML fragments: HTML-encoded text with matched terms in &lt;mark&gt;; empty when snippets were not asked for.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    DateOnly? Date,
    string Language,
    string? Source,
    float Score,
    HitFacets Facets,
    IReadOnlyList<string> Snippets);
