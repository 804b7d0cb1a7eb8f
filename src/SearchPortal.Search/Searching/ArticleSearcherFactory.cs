using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Makes the searchers a SearcherManager hands out, each ranking with <see cref="ArticleSimilarity"/>; reads the facet
/// ordinals of new segments before the searcher goes live, so no request pays for it.
/// </summary>
internal sealed class ArticleSearcherFactory(FacetOrdinalCache facets) : SearcherFactory
{
    private readonly ArticleSimilarity similarity = new();

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        facets.Warm(reader, Core.Facets.FacetDimension.Countable);
        return new StatisticsCachingSearcher(reader) { Similarity = similarity };
    }
}
