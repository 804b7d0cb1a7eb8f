using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Makes the searchers a SearcherManager hands out, each ranking with <see cref="ArticleSimilarity"/>; reads the facet
/// ordinals of new segments, and their row layouts for the dimensions a page counts by default, before the searcher goes
/// live, so no request pays for it.
/// </summary>
internal sealed class ArticleSearcherFactory(FacetOrdinalCache facets) : SearcherFactory
{
    private readonly ArticleSimilarity similarity = new();

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        facets.Warm(reader, Core.Facets.FacetDimension.Countable);
        foreach (var mentions in (bool[])[false, true])
        {
            facets.WarmRows(reader, FacetFields.FieldsOf(null, mentions));
        }

        return new ArticleIndexSearcher(reader) { Similarity = similarity };
    }
}
