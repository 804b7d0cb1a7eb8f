using System.CommandLine;

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

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object instead of a table." };
}
