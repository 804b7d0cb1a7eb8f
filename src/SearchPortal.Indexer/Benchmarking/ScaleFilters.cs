using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// The facet filters a scale run narrows by, as an analyst would in the portal: none; the most frequent country;
/// and that country with the most frequent year and format. Chosen from the index's own counts, so every filter
/// selects real articles at every size.
/// </summary>
internal sealed record ScaleFilters(int Count, IReadOnlyDictionary<string, IReadOnlyList<string>> Selected)
{
    private static readonly string[] Order = [FacetDimension.Country, FacetDimension.Year, FacetDimension.Format];

    /// <summary>
    /// The filter sets with 0, 1 and 3 filters. Each value is the most frequent one among the articles the earlier
    /// filters leave (country, then year, then format), so the three filters together still select articles.
    /// </summary>
    /// <exception cref="InvalidOperationException">The index lacks values in one of the dimensions the filters need.</exception>
    public static IReadOnlyList<ScaleFilters> From(Func<SearchRequest, SearchResponse> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var selected = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var dimension in Order)
        {
            var census = search(new SearchRequest(
                string.Empty,
                new Dictionary<string, IReadOnlyList<string>>(selected),
                MatchMode.AllWords,
                SearchSort.Relevance,
                PageSize: 1,
                Snippets: false,
                FacetTopN: 5,
                FacetDimensions: [dimension],
                SuggestCorrections: false));
            var counts = census.Facets.FirstOrDefault(f => f.Dimension == dimension);
            if (counts is not { Values.Count: > 0 })
            {
                throw new InvalidOperationException($"The index has no {dimension} values to filter by.");
            }

            selected[dimension] = [counts.Values.MaxBy(v => v.Count)!.Value];
        }

        return
        [
            new(0, new Dictionary<string, IReadOnlyList<string>>()),
            new(1, selected.Where(p => p.Key == FacetDimension.Country).ToDictionary()),
            new(3, selected),
        ];
    }

    /// <summary>The filters as the CLI and README print them, e.g. "country=United States, year=2017".</summary>
    public string Describe() => Count == 0
        ? "none"
        : string.Join(", ", Selected.Select(p => $"{p.Key}={string.Join("|", p.Value)}"));
}
