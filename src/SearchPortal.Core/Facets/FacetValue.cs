namespace SearchPortal.Core.Facets;

/// <summary>One facet value of an article with the sentences that justify it.</summary>
/// <param name="Value">Canonical value: an English country name, a format name, a year, an official's canonical name.</param>
/// <param name="Detail">Extra display text, e.g. an official's role and country; null when there is none.</param>
/// <param name="Evidence">The sentences (or title) where the value was found; empty when set by hand.</param>
/// <param name="Role">Whether the article is about the value or only mentions it; values set by hand are about it.</param>
public sealed record FacetValue(string Value, string? Detail, IReadOnlyList<string> Evidence, FacetRole Role = FacetRole.About)
{
    public bool IsAbout => Role == FacetRole.About;
}
