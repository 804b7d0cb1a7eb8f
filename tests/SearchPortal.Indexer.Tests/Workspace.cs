namespace SearchPortal.Indexer.Tests;

/// <summary>A temporary working directory holding a copy of the sample corpus, deleted after the test.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "sp-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Corpus = Path.Combine(Root, "corpus");
        Directory.CreateDirectory(Corpus);
        foreach (var file in Directory.GetFiles(SampleCorpusPath, "*.txt"))
        {
            File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string Corpus { get; }

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SearchPortal.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("SearchPortal.sln not found above the test directory");
        }
    }

    public static string SampleCorpusPath => Path.Combine(RepositoryRoot, "data", "sample-corpus");

    public CliRun Run(params string[] args) => CliRun.Of(Root, args);

    public CliRun Rebuild() => Run("rebuild", "--source", "corpus", "--index", "index");

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
