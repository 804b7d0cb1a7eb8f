using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Searching;

/// <summary>The answer to a <see cref="SearchRequest"/>: one page of hits and drill-sideways facet counts.</summary>
/// <param name="Total">Number of articles matching query and filters.</param>
/// <param name="Facets">Counts per dimension, in the order of the request's FacetDimensions (FacetDimension.All by default).</param>
/// <param name="Matched">The mode that answered: AllWords or AnyWord (AnyWord when AllWordsThenAny had to widen).</param>
/// <param name="Filters">The filters as the engine applied them, per dimension: each value resolved to the canonical one
/// the index holds ("Kasachstan" became Kazakhstan, "Deutsch" de), a value the vocabulary does not know as given, duplicates
/// once. Callers show these rather than the request's spellings.</param>
/// <param name="Notice">A friendly message when the query had to be read leniently (unbalanced quotes, only stop words...).</param>
/// <param name="DidYouMean">A corrected query built from the index's own terms, when the query finds little.</param>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCounts> Facets,
    TimeSpan Took,
    MatchMode Matched,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    string? Notice = null,
    string? DidYouMean = null)
{
    /// <summary>The translations searched beside the typed words ("summit", "railway"), each once; empty when none.</summary>
    public IReadOnlyList<string> Translations { get; init; } = [];
}
