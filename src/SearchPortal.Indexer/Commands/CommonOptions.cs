using System.CommandLine;
using SearchPortal.Core.Ingestion;
using SearchPortal.Indexer.Composition;

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

    /// <summary>
    /// The --corpus file resolved against the working directory, or null after the CLI's one-line error (exit
    /// <see cref="ExitCodes.SourceMissing"/>, in <paramref name="failure"/>) when no such file exists.
    /// </summary>
    public static string? ExistingCorpus(CliContext context, ParseResult result, Option<string> corpus, out int failure)
    {
        var path = context.Resolve(result.GetValue(corpus)!);
        failure = File.Exists(path) ? ExitCodes.Success : context.Fail(ExitCodes.SourceMissing, $"corpus not found: {path}");
        return failure == ExitCodes.Success ? path : null;
    }

    /// <summary>
    /// The non-blank lines of the query file <paramref name="queries"/> names, trimmed; null after one error line when the
    /// file is missing (<see cref="ExitCodes.SourceMissing"/>) or holds no query (<see cref="ExitCodes.Usage"/>).
    /// </summary>
    public static List<string>? QueryLines(CliContext context, ParseResult result, Option<string> queries, out int failure)
    {
        var path = context.Resolve(result.GetValue(queries)!);
        if (!File.Exists(path))
        {
            failure = context.Fail(ExitCodes.SourceMissing, $"query file not found: {path}");
            return null;
        }

        var lines = File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        failure = lines.Count > 0 ? ExitCodes.Success : context.Fail(ExitCodes.Usage, $"the query file {path} holds no queries");
        return lines.Count > 0 ? lines : null;
    }

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object instead of a table." };
}
