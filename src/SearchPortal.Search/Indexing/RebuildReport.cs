using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Indexing;

/// <summary>The outcome of a rebuild: the generation switched in, what it holds, and what was skipped.</summary>
/// <param name="Languages">Documents per language code.</param>
/// <param name="TopFacets">The most frequent values per facet dimension over the whole new index.</param>
/// <param name="UndeletedGenerations">Old generations pruning could not delete (still open elsewhere); a later run retries.</param>
public sealed record RebuildReport(
    string Generation,
    string? PreviousGeneration,
    int Indexed,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyList<FacetCounts> TopFacets,
    IReadOnlyList<SkippedRecord> Skipped,
    IReadOnlyList<string> UndeletedGenerations,
    TimeSpan Elapsed);
