using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Tests.Support;

/// <summary>An engine whose every call fails, to prove that failures reach readers as friendly pages and problems.</summary>
internal sealed class FailingArticleSearch : IArticleSearch
{
    public SearchResponse Search(SearchRequest request) => throw new InvalidOperationException("index unavailable");

    public HitExport Export(SearchRequest request, int limit) => throw new InvalidOperationException("index unavailable");

    public ArticleView? Find(string id, string? highlightQuery = null) => throw new InvalidOperationException("index unavailable");

    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int count = 5) => throw new InvalidOperationException("index unavailable");

    public IReadOnlyList<string> Suggest(string prefix, int count = 8) => throw new InvalidOperationException("index unavailable");

    public IReadOnlyList<SearchPortal.Search.FacetCounting.FacetCount> FacetValues(string dimension, string prefix, int count = 20, bool mentions = false) =>
        throw new InvalidOperationException("index unavailable");
}
