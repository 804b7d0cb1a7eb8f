using SearchPortal.Search.Highlighting;

namespace SearchPortal.Search.Searching;

/// <summary>One article in a result list.</summary>
/// <param name="Snippets">The best passages with the matched terms marked by offsets; empty when snippets were not asked for.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    DateOnly? Date,
    string Language,
    string? Source,
    float Score,
    HitFacets Facets,
    IReadOnlyList<MarkedText> Snippets)
{
    /// <summary>The title with the query's words marked when snippets were asked for; null otherwise.</summary>
    public MarkedText? MarkedTitle { get; init; }
}
