using SearchPortal.Core.Facets;

namespace SearchPortal.Search.Searching;

/// <summary>One whole article as indexed: metadata, cleaned text, and every facet value with its evidence.</summary>
/// <param name="HighlightedHtml">The text HTML-encoded, paragraphs as &lt;p&gt;, query terms in &lt;mark&gt;.</param>
public sealed record ArticleView(
    string Id,
    string Title,
    DateOnly? Date,
    string Language,
    string? Source,
    string? Url,
    string? Category,
    string Text,
    string HighlightedHtml,
    ArticleFacets Facets);
