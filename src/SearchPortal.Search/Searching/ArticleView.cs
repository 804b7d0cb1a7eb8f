using SearchPortal.Core.Facets;
using SearchPortal.Search.Highlighting;

namespace SearchPortal.Search.Searching;

/// <summary>One whole article as indexed: metadata, cleaned text, and every facet value with its evidence.</summary>
/// <param name="Paragraphs">The text, one passage per paragraph, with the terms of the highlight query marked by offsets.</param>
public sealed record ArticleView(
    string Id,
    string Title,
    DateOnly? Date,
    string Language,
    string? Source,
    string? Url,
    string? Category,
    string Text,
    IReadOnlyList<MarkedText> Paragraphs,
    ArticleFacets Facets);
