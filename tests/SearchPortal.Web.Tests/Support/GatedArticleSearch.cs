using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Tests.Support;

/// <summary>The real engine behind a gate: searches count themselves, then wait until the test opens the gate.</summary>
internal sealed class GatedArticleSearch(IArticleSearch engine) : IArticleSearch, IDisposable
{
    private readonly ManualResetEventSlim gate = new(false);
    private readonly ManualResetEventSlim entered = new(false);
    private int searches;

    public int Searches => Volatile.Read(ref searches);

    /// <summary>Waits until a search has reached the engine.</summary>
    public bool WaitForFirst() => entered.Wait(TimeSpan.FromSeconds(30));

    public void Open() => gate.Set();

    public SearchResponse Search(SearchRequest request)
    {
        Interlocked.Increment(ref searches);
        entered.Set();
        gate.Wait(TimeSpan.FromSeconds(30));
        return engine.Search(request);
    }

    public HitExport Export(SearchRequest request, int limit) => engine.Export(request, limit);

    public ArticleView? Find(string id, string? highlightQuery = null) => engine.Find(id, highlightQuery);

    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int count = 5) => engine.MoreLikeThis(id, count);

    public IReadOnlyList<string> Suggest(string prefix, int count = 8) => engine.Suggest(prefix, count);

    public IReadOnlyList<SearchPortal.Search.FacetCounting.FacetCount> FacetValues(string dimension, string prefix, int count = 20, bool mentions = false) =>
        engine.FacetValues(dimension, prefix, count, mentions);

    public void Dispose()
    {
        gate.Dispose();
        entered.Dispose();
    }
}
