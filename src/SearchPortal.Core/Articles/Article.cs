namespace SearchPortal.Core.Articles;

/// <summary>One news article as ingested: cleaned text and metadata, before facet extraction.</summary>
/// <param name="Id">Stable id: the file name without extension for text files, the "id" key for JSON Lines.</param>
/// <param name="Title">Headline, or a title derived from the first sentence when the source has none.</param>
/// <param name="Text">Body with boilerplate removed; paragraphs separated by a blank line.</param>
/// <param name="Language">An <see cref="ArticleLanguage"/> code.</param>
/// <param name="Date">Publication or event date when the source or text states one.</param>
/// <param name="Overrides">Values an archivist set by hand in a metadata sidecar; they win over extraction.</param>
public sealed record Article(
    string Id,
    string Title,
    string Text,
    string Language,
    DateOnly? Date,
    string? Source,
    string? Url,
    string? Category,
    FacetOverrides? Overrides = null);
