namespace SearchPortal.Search.Tests.Analysis;

/// <summary>Locates the seed articles in the repository and the read-only shared corpora next to it.</summary>
internal static class RepositoryFiles
{
    public static string Root()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SearchPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("SearchPortal.sln not found above the test directory.");
    }

    public static string SeedArticle(string prefix)
    {
        string folder = Path.Combine(Root(), "data", "sample-corpus");
        return File.ReadAllText(Directory.GetFiles(folder, prefix + "_*.txt").Single());
    }

    /// <summary>The path of a shared corpus file, or the test is ignored when the shared folder is absent.</summary>
    public static string SharedCorpus(string name)
    {
        string path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "corpus", name, "articles.jsonl.gz"));
        if (!File.Exists(path))
        {
            Assert.Ignore($"Shared corpus {path} is absent.");
        }

        return path;
    }
}
