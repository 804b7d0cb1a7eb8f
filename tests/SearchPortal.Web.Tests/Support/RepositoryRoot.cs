namespace SearchPortal.Web.Tests.Support;

/// <summary>Locates the checkout the tests run from, for the sample corpus.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string SampleCorpus => System.IO.Path.Combine(Path, "data", "sample-corpus");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SearchPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No SearchPortal.sln above " + TestContext.CurrentContext.TestDirectory);
    }
}
