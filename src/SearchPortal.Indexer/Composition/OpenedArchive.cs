using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Composition;

/// <summary>A searchable index opened for one CLI command, disposed with it.</summary>
internal sealed class OpenedArchive : IDisposable
{
    private readonly ArticleIndex index;

    public OpenedArchive(string indexPath, FacetVocabulary vocabulary)
    {
        index = new ArticleIndex(indexPath);
        Vocabulary = vocabulary;
        Searcher = new ArticleSearcher(index, vocabulary);
    }

    public ArticleSearcher Searcher { get; }

    public FacetVocabulary Vocabulary { get; }

    public void Dispose() => index.Dispose();
}
