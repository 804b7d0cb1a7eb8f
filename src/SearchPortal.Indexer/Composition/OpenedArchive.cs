using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Composition;

/// <summary>A searchable index opened for one CLI command, disposed with it.</summary>
internal sealed class OpenedArchive : IDisposable
{
    private readonly ArticleIndex index;
    private readonly ArticleAnalyzer analyzer;

    public OpenedArchive(string indexPath, FacetVocabulary vocabulary)
    {
        index = new ArticleIndex(indexPath);
        analyzer = new ArticleAnalyzer();
        Vocabulary = vocabulary;
        Searcher = new ArticleSearcher(index, vocabulary, analyzer);
    }

    public ArticleSearcher Searcher { get; }

    public FacetVocabulary Vocabulary { get; }

    public void Dispose()
    {
        index.Dispose();
        analyzer.Dispose();
    }
}
