namespace SearchPortal.Web.Tests.Support;

/// <summary>The checkout the tests run from, for the sample corpus (found by the shared RepositoryLocator).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = RepositoryLocator.Root();

    public static string SampleCorpus => RepositoryLocator.SampleCorpus();
}
