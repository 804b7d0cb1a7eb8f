using System.CommandLine;
using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Indexing;
using Spectre.Console;

namespace SearchPortal.Indexer.Commands;

/// <summary>rebuild and update: sources, vocabulary, progress, the indexing job, its summary and the exit code.</summary>
internal sealed class IndexingCommand
{
    public const string RebuildDescription =
        "Build a complete new index from the sources beside the live one and switch to it atomically. " +
        "A failed or interrupted rebuild leaves the previous index serving.";

    public const string UpdateDescription =
        "Update the live index incrementally: add new articles, replace changed ones (by content hash), remove vanished ones. " +
        "An article whose file could not be read this time is kept; sources that yield no article, or that would remove more " +
        "than --max-removals percent of the index, change nothing unless --allow-removals is given.";

    private readonly Option<string[]> sources = CommonOptions.Sources();
    private readonly Option<string> index = CommonOptions.Index();
    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();
    private readonly Option<bool> strict = new("--strict") { Description = "Exit non-zero (7) when any input was skipped." };
    private readonly CliContext context;
    private readonly Job job;

    private IndexingCommand(CliContext context, Job job)
    {
        this.context = context;
        this.job = job;
    }

    /// <summary>Runs the indexing proper over the records, prints its summary and returns how many inputs were skipped.</summary>
    private delegate int Job(
        ParseResult result, IndexLocation location, IEnumerable<IngestRecord> records, Func<Article, AnnotatedArticle> annotate,
        FacetVocabulary vocabulary, IndexingSummaryPrinter summary, IProgress<IndexingProgress> progress, CancellationToken cancellation);

    public static Command Rebuild(CliContext context) =>
        new IndexingCommand(context, (_, location, records, annotate, vocabulary, summary, progress, cancellation) =>
        {
            var report = new IndexRebuilder(location) { Vocabulary = vocabulary }.Rebuild(records, annotate, progress, cancellation);
            summary.Print(report);
            return report.Skipped.Count;
        }).Build("rebuild", RebuildDescription);

    public static Command Update(CliContext context)
    {
        var maxRemovals = new Option<double>("--max-removals")
        {
            Description = "The percentage of the index an update may remove (default 10); past it the update is refused (exit 9) and nothing changes.",
            DefaultValueFactory = _ => IndexUpdater.DefaultMaxRemovedShare * 100,
        };
        var allowRemovals = new Option<bool>("--allow-removals") { Description = "Remove every article the sources no longer have, however many." };
        maxRemovals.Validators.Add(r =>
        {
            // An unparsable token is reported by the parser itself; reading its value here would throw.
            if (r.Tokens is [var token] && double.TryParse(token.Value, CultureInfo.InvariantCulture, out var percent) && percent is < 0 or > 100)
            {
                r.AddError("--max-removals takes a percentage from 0 to 100.");
            }
        });
        var command = new IndexingCommand(context, (result, location, records, annotate, vocabulary, summary, progress, cancellation) =>
        {
            var allowed = result.GetValue(allowRemovals) ? 1 : result.GetValue(maxRemovals) / 100;
            var report = new IndexUpdater(location) { MaxRemovedShare = allowed, Vocabulary = vocabulary }.Update(records, annotate, progress, cancellation);
            summary.Print(report);
            return report.Skipped.Count;
        }).Build("update", UpdateDescription);
        command.Options.Add(maxRemovals);
        command.Options.Add(allowRemovals);
        return command;
    }

    private Command Build(string name, string description)
    {
        var command = new Command(name, description) { sources, index, vocabulary, strict };
        command.SetAction((result, cancellation) => Task.FromResult(Run(result, cancellation)));
        return command;
    }

    private int Run(ParseResult result, CancellationToken cancellation)
    {
        var paths = result.GetValue(sources)!.Select(context.Resolve).ToList();
        var missing = ArticleSourceReader.MissingPaths(paths);
        if (missing.Count > 0)
        {
            return context.Fail(ExitCodes.SourceMissing, $"source not found: {string.Join(", ", missing)}");
        }

        if (!ArchiveServices.TryLoad(context, result.GetValue(vocabulary), out var services, out var failure))
        {
            return failure;
        }

        var location = new IndexLocation(context.Resolve(result.GetValue(index)!));
        // Progress goes to standard error, so the summary on standard output stays clean for scripts.
        IIndexingProgress progress = context.Interactive
            ? new TerminalProgress(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) }))
            : new PlainProgress(context.Error, TimeSpan.FromSeconds(2));
        return ExitCodeMap.Run(context, ExitCodeMap.Access.Writing, () =>
        {
            var pipeline = services.Ingestion;
            var expected = SourceInventory.CountArticles(paths);
            var skipped = progress.Run(expected, (tick, readAll, phases) =>
                job(result, location, Counted(pipeline.Sources.Read(paths, cancellation), tick, readAll), pipeline.Annotator.Annotate, services.Vocabulary, new IndexingSummaryPrinter(context.Console), phases, cancellation));
            return skipped > 0 && result.GetValue(strict)
                ? context.Fail(ExitCodes.SkippedInStrictMode, $"{skipped} input(s) skipped and --strict was given")
                : ExitCodes.Success;
        });
    }

    private static IEnumerable<IngestRecord> Counted(IEnumerable<IngestRecord> records, Action tick, Action readAll)
    {
        foreach (var record in records)
        {
            tick();
            yield return record;
        }

        readAll();
    }
}
