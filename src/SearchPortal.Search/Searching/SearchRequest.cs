namespace SearchPortal.Search.Searching;

/// <summary>One search: query text, facet filters and paging. Values within a facet are OR-ed, facets are AND-ed.</summary>
/// <param name="Query">User query syntax; empty or blank matches every article.</param>
/// <param name="Filters">Selected values per facet dimension (see FacetDimension): country, format, year, official, lang.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Snippets">Whether to build highlighted snippets for the hits of the page.</param>
/// <param name="FacetTopN">How many values per dimension to return (selected values always come back).</param>
public sealed record SearchRequest(
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 10,
    bool Snippets = true,
    int FacetTopN = 10)
{
    public static SearchRequest For(string query) => new(query, new Dictionary<string, IReadOnlyList<string>>());
}
