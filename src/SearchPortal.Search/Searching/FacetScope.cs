using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Searching;

/// <summary>What a search counts: the dimensions, the filters run drill-sideways on them, and how many values each returns.</summary>
/// <param name="EveryDocument">The query matches every live article and nothing filters, so cached per-segment counts serve.</param>
internal sealed record FacetScope(IReadOnlyList<string> Dimensions, IReadOnlyList<FacetFilter> Sideways, int TopN, FacetOrdinalCache Ordinals, bool EveryDocument = false)
{
    public bool Counts => Dimensions.Count > 0 || Sideways.Count > 0;
}
