namespace SearchPortal.Search.FacetCounting;

/// <summary>The counted values of one facet dimension.</summary>
/// <param name="Values">Sorted by count (descending) then value; selected values are always present, even at count 0.</param>
/// <param name="Others">How many more distinct values exist beyond those returned.</param>
public sealed record FacetCounts(string Dimension, IReadOnlyList<FacetCount> Values, int Others);
