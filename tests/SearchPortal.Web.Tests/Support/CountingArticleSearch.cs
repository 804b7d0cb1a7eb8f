using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Tests.Support;

/// <summary>The real engine over the portal's live index, counting the searches that reach it, to see what the result cache saves.</summary>
internal sealed class CountingArticleSearch(ArticleIndex index, FacetVocabulary vocabulary) : IArticleSearch
{
    private readonly ArticleSearcher engine = new(index, vocabulary);
    private int searches;

    public int Searches => Volatile.Read(ref searches);

    public SearchResponse Search(SearchRequest request)
    {
        Interlocked.Increment(ref searches);
        return engine.Search(request);
    }

    public HitExport Export(SearchRequest request, int limit) => engine.Export(request, limit);

    public ArticleView? Find(string id, string? highlightQuery = null) => engine.Find(id, highlightQuery);

    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int count = 5) => engine.MoreLikeThis(id, count);

    public IReadOnlyList<string> Suggest(string prefix, int count = 8) => engine.Suggest(prefix, count);

    public IReadOnlyList<SearchPortal.Search.FacetCounting.FacetCount> FacetValues(string dimension, string prefix, int count = 20, bool mentions = false) =>
        engine.FacetValues(dimension, prefix, count, mentions);
}
