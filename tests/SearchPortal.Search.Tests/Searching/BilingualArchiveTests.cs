using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Tests over English and German articles in one index: centralasia_en and frontpage_de indexed together by the
/// production rebuild, once for the fixture. A segment's articles of one language have no text in the other
/// language's fields.
/// </summary>
public abstract class BilingualArchiveTests
{
    private RelevanceArchive? archive;

    private protected RelevanceArchive Archive => archive ?? throw new InvalidOperationException("The archive is built in the fixture's set-up.");

    [OneTimeSetUp]
    public void BuildArchive() => archive = new RelevanceArchive(
        [RepositoryLocator.SharedCorpus("centralasia_en"), RepositoryLocator.SharedCorpus("frontpage_de")], new ArticleAnalyzer());

    [OneTimeTearDown]
    public void DisposeArchive() => archive?.Dispose();
}
