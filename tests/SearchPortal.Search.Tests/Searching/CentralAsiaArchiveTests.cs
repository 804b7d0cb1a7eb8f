using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>Tests over the shared centralasia_en corpus indexed by the production rebuild, once for the fixture.</summary>
public abstract class CentralAsiaArchiveTests
{
    private RelevanceArchive? archive;

    private protected RelevanceArchive Archive => archive ?? throw new InvalidOperationException("The archive is built in the fixture's set-up.");

    [OneTimeSetUp]
    public void BuildArchive() => archive = new RelevanceArchive([RepositoryLocator.SharedCorpus("centralasia_en")], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void DisposeArchive() => archive?.Dispose();
}
