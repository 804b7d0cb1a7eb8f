using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Makes the searchers a SearcherManager hands out, each ranking with <see cref="ArticleSimilarity"/>; reads the facet
/// ordinals of new segments, their row layout for the dimensions a page counts by default and their norms, before the
/// searcher goes live, so no request pays for it.
/// </summary>
internal sealed class ArticleSearcherFactory(FacetOrdinalCache facets) : SearcherFactory
{
    private readonly ArticleSimilarity similarity = new();

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        facets.Warm(reader, Core.Facets.FacetDimension.Countable);
        // The row layout of a page's default counts; the one of mentions (about 45 MB per million articles) is laid out
        // when first asked for.
        facets.WarmRows(reader, FacetFields.FieldsOf(null, mentions: false));
        similarity.Warm(reader);

        return new ArticleIndexSearcher(reader) { Similarity = similarity };
    }
}
