namespace SearchPortal.Core.Articles;

/// <summary>Facet values set by hand in a metadata sidecar. A non-null list replaces what extraction finds for that facet.</summary>
public sealed record FacetOverrides(
    IReadOnlyList<string>? Countries = null,
    IReadOnlyList<string>? Formats = null,
    int? Year = null,
    IReadOnlyList<string>? Officials = null);
