namespace SearchPortal.Indexer.Tests.Composition;

/// <summary>Every command that loads the facet vocabulary reports an unreadable one the same way.</summary>
public sealed class ArchiveServicesTests
{
    [TestCase("update", "--source", "corpus", "--index", "index")]
    [TestCase("search", "Tokayev", "--index", "index")]
    [TestCase("bench-index", "--corpus", "corpus.jsonl", "--index", "bench")]
    [TestCase("bench-scale", "--corpus", "corpus.jsonl", "--work", "scale", "--queries", "queries.txt", "--sizes", "10")]
    public void An_invalid_vocabulary_file_is_a_one_line_error_with_exit_8(params string[] command)
    {
        using var workspace = new Workspace();
        File.WriteAllText(Path.Combine(workspace.Root, "vocabulary.json"), "{ not json");
        File.WriteAllText(Path.Combine(workspace.Root, "corpus.jsonl"), "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Tokayev met Xi.\"}\n");
        File.WriteAllText(Path.Combine(workspace.Root, "queries.txt"), "Tokayev\n");

        var run = workspace.Run([.. command, "--vocabulary", "vocabulary.json"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.VocabularyInvalid), run.Error);
        Assert.That(run.Error, Does.StartWith("error: vocabulary"));
        Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }
}
