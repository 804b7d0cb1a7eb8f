using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>Tests over corpora of ../shared/corpus indexed together by the production rebuild, once for the fixture.</summary>
/// <param name="corpora">The names of the corpus folders.</param>
public abstract class SharedArchiveTests(params string[] corpora)
{
    private RelevanceArchive? archive;

    private protected RelevanceArchive Archive => archive ?? throw new InvalidOperationException("The archive is built in the fixture's set-up.");

    [OneTimeSetUp]
    public void BuildArchive() => archive = new RelevanceArchive([.. corpora.Select(RepositoryLocator.SharedCorpus)], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void DisposeArchive() => archive?.Dispose();
}
