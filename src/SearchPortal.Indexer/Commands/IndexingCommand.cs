using System.CommandLine;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>What rebuild and update share: sources, vocabulary, progress, the summary and the exit code.</summary>
internal abstract class IndexingCommand
{
    private readonly Option<string[]> sources = CommonOptions.Sources();
    private readonly Option<string> index = CommonOptions.Index();
    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();
    private readonly Option<bool> strict = new("--strict") { Description = "Exit non-zero (7) when any input was skipped." };

    protected IndexingCommand(CliContext context) => Context = context;

    protected CliContext Context { get; }

    public Command Build(string name, string description)
    {
        var command = new Command(name, description) { sources, index, vocabulary, strict };
        command.SetAction((result, cancellation) => Task.FromResult(Run(result, cancellation)));
        return command;
    }

    /// <summary>Runs the indexing proper over the records and prints its summary; returns how many inputs were skipped.</summary>
    protected abstract int Index(IndexLocation location, IEnumerable<IngestRecord> records, ArchiveServices services, CancellationToken cancellation);

    private int Run(ParseResult result, CancellationToken cancellation)
    {
        var paths = result.GetValue(sources)!.Select(Context.Resolve).ToList();
        var missing = ArticleSourceReader.MissingPaths(paths);
        if (missing.Count > 0)
        {
            return Context.Fail(ExitCodes.SourceMissing, $"source not found: {string.Join(", ", missing)}");
        }

        if (!ArchiveServices.TryLoad(Context, result.GetValue(vocabulary), out var services, out var failure))
        {
            return failure;
        }

        var location = new IndexLocation(Context.Resolve(result.GetValue(index)!));
        IIndexingProgress progress = Context.Interactive
            ? new TerminalProgress(Context.Console)
            : new PlainProgress(Context.Out, TimeSpan.FromSeconds(2));
        try
        {
            var expected = SourceInventory.CountArticles(paths);
            var skipped = progress.Run("indexing", expected, tick =>
                Index(location, Counted(services.Sources.Read(paths, cancellation), tick), services, cancellation));
            return skipped > 0 && result.GetValue(strict)
                ? Context.Fail(ExitCodes.SkippedInStrictMode, $"{skipped} input(s) skipped and --strict was given")
                : ExitCodes.Success;
        }
        catch (IndexBusyException ex)
        {
            return Context.Fail(ExitCodes.IndexBusy, $"another rebuild or update is running on this index (lock {ex.LockPath}); try again when it has finished");
        }
        catch (OperationCanceledException)
        {
            return Context.Fail(ExitCodes.Interrupted, "interrupted; the previous index keeps serving");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return Context.Fail(ExitCodes.Failed, $"{ex.Message} The previous index keeps serving.");
        }
    }

    private static IEnumerable<IngestRecord> Counted(IEnumerable<IngestRecord> records, Action tick)
    {
        foreach (var record in records)
        {
            tick();
            yield return record;
        }
    }
}
