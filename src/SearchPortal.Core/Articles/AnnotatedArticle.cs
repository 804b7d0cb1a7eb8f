using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Articles;

/// <summary>An article ready for the index: its text, its extracted facets and a hash of its content for incremental updates.</summary>
public sealed record AnnotatedArticle(Article Article, ArticleFacets Facets, string ContentHash);
