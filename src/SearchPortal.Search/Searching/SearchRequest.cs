namespace SearchPortal.Search.Searching;

/// <summary>One search: query text, facet filters and paging. Values within a facet are OR-ed, facets are AND-ed.</summary>
/// <param name="Query">User query syntax; empty or blank matches every article.</param>
/// <param name="Filters">Selected values per facet dimension (see FacetDimension.Countable): country, format, year, official, lang, category.</param>
/// <param name="Match">How the words combine; every caller chooses it, since the portal, the CLI and batch runs differ.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Snippets">Whether to build highlighted snippets for the hits of the page.</param>
/// <param name="FacetTopN">How many values per dimension to return (selected values always come back).</param>
/// <param name="FacetDimensions">The dimensions to count, in the order wanted; null counts FacetDimension.All, empty
/// counts none. A filter on a dimension that is not counted only narrows the hits.</param>
/// <param name="SnippetsPerHit">How many snippets each hit gets when <paramref name="Snippets"/> is on (1 to 10).</param>
/// <param name="SuggestCorrections">Whether a query finding little gets a did-you-mean from the index's terms, offered only
/// when it finds more under the same match mode (with all words: more articles having all its words).</param>
public sealed record SearchRequest(
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    MatchMode Match,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 10,
    bool Snippets = true,
    int FacetTopN = 10,
    IReadOnlyList<string>? FacetDimensions = null,
    int SnippetsPerHit = 3,
    bool SuggestCorrections = true)
{
    /// <summary>
    /// Whether filters and counts of the dimensions with roles (country, format, official) take in the values an
    /// article only mentions; by default they hold the values an article is about.
    /// </summary>
    public bool Mentions { get; init; }

    /// <summary>
    /// Whether each query word also searches its German or English translations in the other language's articles,
    /// ranked below the typed words (on by default; <see cref="SearchResponse.Translations"/> lists what was searched).
    /// </summary>
    public bool Translate { get; init; } = true;

    public static SearchRequest For(string query, MatchMode match) => new(query, new Dictionary<string, IReadOnlyList<string>>(), match);
}
