namespace SearchPortal.Testing;

/// <summary>Finds the repository root (the folder holding SearchPortal.sln), the seed articles and the shared corpora.</summary>
internal static class RepositoryLocator
{
    public static string Root()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SearchPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SearchPortal.sln not found above the test directory.");
    }

    public static string SampleCorpus() => Path.Combine(Root(), "data", "sample-corpus");

    public static string SeedFile(string prefix) =>
        Directory.GetFiles(SampleCorpus(), prefix + "_*.txt").Single();

    /// <summary>Path of a shared corpus file; the test is ignored when the shared folder is absent.</summary>
    public static string SharedCorpus(string corpus)
    {
        var path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "corpus", corpus, "articles.jsonl.gz"));
        if (!File.Exists(path))
        {
            Assert.Ignore($"Shared corpus not present: {path}");
        }

        return path;
    }

    /// <summary>Folder of a judged test collection under ../shared/eval; the test is ignored when it is absent.</summary>
    public static string SharedEvalCollection(string collection)
    {
        var path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "eval", collection));
        if (!Directory.Exists(path))
        {
            Assert.Ignore($"Shared test collection not present: {path}");
        }

        return path;
    }
}
