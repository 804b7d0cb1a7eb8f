namespace SearchPortal.Search.FacetCounting;

/// <summary>One facet value with the number of results it has (drill-sideways: as if its own dimension were unfiltered).</summary>
public sealed record FacetCount(string Value, int Count, bool Selected);
