using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// One workload of the peers harness (shared/bench/peers): a = top 10 with id and title, b = a + counts of lang,
/// category and year over all hits (top 10 values each), c = b + one highlighted snippet per hit. Every variant asks
/// for all words (AND), as the other engines do, and no did-you-mean, which no other engine computes.
/// </summary>
/// <param name="SnippetsPerHit">Snippets per hit when <paramref name="Snippets"/> is on: 1 in the harness, 3 as the portal shows them.</param>
internal sealed record QueryVariant(string Name, IReadOnlyList<string> FacetDimensions, bool Snippets, int SnippetsPerHit = 1)
{
    public const int PageSize = 10;
    public const int FacetValues = 10;

    private static readonly IReadOnlyList<string> HarnessFacets = [FacetDimension.Language, FacetDimension.Category, FacetDimension.Year];

    public static readonly QueryVariant TopTen = new("a", [], Snippets: false);

    public static readonly QueryVariant WithFacets = new("b", HarnessFacets, Snippets: false);

    public static readonly QueryVariant WithSnippets = new("c", HarnessFacets, Snippets: true);

    public static readonly IReadOnlyList<QueryVariant> All = [TopTen, WithFacets, WithSnippets];

    /// <summary>The same three steps as the portal's result page takes them: its five facets and three snippets per hit.</summary>
    public static readonly IReadOnlyList<QueryVariant> Portal =
    [
        TopTen,
        new("b", FacetDimension.All, Snippets: false),
        new("c", FacetDimension.All, Snippets: true, SnippetsPerHit: 3),
    ];

    /// <summary>The variant named <paramref name="name"/> (a, b or c), or null.</summary>
    public static QueryVariant? Named(string name) => All.FirstOrDefault(v => v.Name == name);

    /// <summary>
    /// The product search request of this variant for one query, optionally narrowed by facet filters. Translation is
    /// off because the peers match the words as typed: the totals stay comparable and a hit count stays "articles with
    /// every word".
    /// </summary>
    public SearchRequest Request(string query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters = null) => new(
        query,
        filters ?? new Dictionary<string, IReadOnlyList<string>>(),
        MatchMode.AllWords,
        SearchSort.Relevance,
        Page: 1,
        PageSize: PageSize,
        Snippets: Snippets,
        FacetTopN: FacetValues,
        FacetDimensions: FacetDimensions,
        SnippetsPerHit: SnippetsPerHit,
        SuggestCorrections: false)
    {
        Translate = false,
    };

    /// <summary>One request per query, in order.</summary>
    public IReadOnlyList<SearchRequest> Requests(IReadOnlyList<string> queries) => [.. queries.Select(q => Request(q))];
}
