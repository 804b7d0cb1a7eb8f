namespace SearchPortal.Search.Searching;

/// <summary>The facet values an article carries, as shown with a hit.</summary>
public sealed record HitFacets(
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Formats,
    int? Year,
    IReadOnlyList<string> Officials);
