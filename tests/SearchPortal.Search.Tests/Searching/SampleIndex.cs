using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>The eight diplomacy articles indexed once per test fixture, with a searcher over them.</summary>
internal sealed class SampleIndex : IDisposable
{
    private readonly TempIndexRoot root = new();
    private readonly ArticleIndex index;
    private readonly SearcherFixture fixture;

    public SampleIndex()
    {
        root.BuildSample();
        index = new ArticleIndex(root.Path);
        fixture = new SearcherFixture(index);
    }

    public ArticleSearcher Searcher => fixture.Searcher;

    public SearchResponse Search(string query, params (string Dimension, string[] Values)[] filters) =>
        Searcher.Search(new SearchRequest(query, filters.ToDictionary(f => f.Dimension, f => (IReadOnlyList<string>)f.Values), MatchMode.AnyWord) { PageSize = 20 });

    public void Dispose()
    {
        fixture.Dispose();
        index.Dispose();
        root.Dispose();
    }
}
