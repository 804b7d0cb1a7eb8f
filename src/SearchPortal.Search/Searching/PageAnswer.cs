using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Searching;

/// <summary>The hits of one page with their total and facet counts, before the match mode decides which answer is returned.</summary>
internal sealed record PageAnswer(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetCounts> Facets);
