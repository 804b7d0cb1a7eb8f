using System.Text.Json;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>A public test collection from ../shared/eval: corpus, judged queries and their relevance judgments.</summary>
internal sealed class JudgedCollection
{
    private JudgedCollection(string folder)
    {
        CorpusPath = Path.Combine(folder, "corpus.jsonl.gz");
        Queries = File.ReadLines(Path.Combine(folder, "queries.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(ReadQuery)
            .ToList();
        Scorer = RunScorer.FromQrels(File.ReadLines(Path.Combine(folder, "qrels.tsv")));
    }

    public string CorpusPath { get; }

    public IReadOnlyList<(string Id, string Text)> Queries { get; }

    public RunScorer Scorer { get; }

    /// <summary>Loads ../shared/eval/<paramref name="name"/>; the test is ignored when the shared folder is absent.</summary>
    public static JudgedCollection Load(string name) => new(RepositoryLocator.SharedEvalCollection(name));

    private static (string Id, string Text) ReadQuery(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return (root.GetProperty("id").ToString(), root.GetProperty("text").GetString() ?? string.Empty);
    }
}
