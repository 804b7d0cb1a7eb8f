namespace SearchPortal.Search.Searching;

/// <summary>One search: query text, facet filters and paging. Values within a facet are OR-ed, facets are AND-ed.</summary>
/// <param name="Query">User query syntax; empty or blank matches every article.</param>
/// <param name="Filters">Selected values per facet dimension (see FacetDimension.Countable): country, format, year, official, lang, category.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Snippets">Whether to build highlighted snippets for the hits of the page.</param>
/// <param name="FacetTopN">How many values per dimension to return (selected values always come back).</param>
/// <param name="RequireAllWords">Every word and phrase side by side must match (AND). By default they are OR-ed and
/// articles with all of them rank first; explicit OR still means OR, and stop words never narrow the result.</param>
/// <param name="FacetDimensions">The dimensions to count, in the order wanted; null counts FacetDimension.All, empty
/// counts none. A filter on a dimension that is not counted only narrows the hits.</param>
/// <param name="SnippetsPerHit">How many snippets each hit gets when <paramref name="Snippets"/> is on (1 to 10).</param>
/// <param name="SuggestCorrections">Whether a query finding little gets a did-you-mean from the index's terms.</param>
public sealed record SearchRequest(
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 10,
    bool Snippets = true,
    int FacetTopN = 10,
    bool RequireAllWords = false,
    IReadOnlyList<string>? FacetDimensions = null,
    int SnippetsPerHit = 3,
    bool SuggestCorrections = true)
{
    public static SearchRequest For(string query) => new(query, new Dictionary<string, IReadOnlyList<string>>());
}
