using System.CommandLine;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Indexer.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Index() => new("--index")
    {
        Description = "The index directory (holds generations/, CURRENT and the rebuild lock).",
        DefaultValueFactory = _ => "index",
    };

    public static Option<string?> Vocabulary() => new("--vocabulary")
    {
        Description = "The facet vocabulary file (default: data/facet-vocabulary.json, else the copy shipped with the tool).",
    };

    public static Option<string[]> Sources() => new("--source")
    {
        Description = "Article files or folders: .txt (with optional .meta.json sidecar), .jsonl, .jsonl.gz. Repeatable.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>A required --corpus option that takes a .jsonl or .jsonl.gz file and refuses anything else as a usage error.</summary>
    public static Option<string> JsonLinesCorpus(string description)
    {
        var corpus = new Option<string>("--corpus") { Description = description, Required = true };
        corpus.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && !JsonLinesArticleReader.Handles(path))
            {
                result.AddError($"--corpus takes a .jsonl or .jsonl.gz file, not '{path}'.");
            }
        });
        return corpus;
    }

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object instead of a table." };
}
