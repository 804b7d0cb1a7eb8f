using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>Tests sharing one index that the production rebuild makes of the articles their class gives, removed after them.</summary>
public abstract class RebuiltIndexTests
{
    private SearcherFixture fixture = null!;

    private protected TempIndexRoot Root { get; private set; } = null!;

    private protected ArticleIndex Index { get; private set; } = null!;

    private protected ArticleSearcher Searcher => fixture.Searcher;

    /// <summary>Writes the class's articles into <paramref name="root"/> through its rebuilder.</summary>
    private protected abstract void Rebuild(TempIndexRoot root);

    [OneTimeSetUp]
    public void BuildIndex()
    {
        Root = new TempIndexRoot();
        Rebuild(Root);
        Index = new ArticleIndex(Root.Path);
        fixture = new SearcherFixture(Index);
    }

    [OneTimeTearDown]
    public void RemoveIndex()
    {
        fixture.Dispose();
        Index.Dispose();
        Root.Dispose();
    }
}
