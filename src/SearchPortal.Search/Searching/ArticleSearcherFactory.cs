using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>Makes the searchers a SearcherManager hands out, each ranking with <see cref="ArticleSimilarity"/>.</summary>
internal sealed class ArticleSearcherFactory : SearcherFactory
{
    private readonly ArticleSimilarity similarity = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
}
