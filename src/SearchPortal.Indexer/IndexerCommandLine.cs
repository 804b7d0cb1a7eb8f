using System.CommandLine;
using SearchPortal.Indexer.Commands;
using SearchPortal.Indexer.Composition;

namespace SearchPortal.Indexer;

/// <summary>The archivists' command line: builds the command tree and runs it with one-line errors and documented exit codes.</summary>
public static class IndexerCommandLine
{
    public static RootCommand Build(CliContext context)
    {
        var runner = new IndexCommandRunner(context);
        var root = new RootCommand("SearchPortal indexer: build, update, search and check the archive's Lucene.Net index.");
        root.Subcommands.Add(IndexingCommand.Rebuild(context));
        root.Subcommands.Add(IndexingCommand.Update(context));
        root.Subcommands.Add(new SearchCommand(context, runner).Build());
        root.Subcommands.Add(new ShowCommand(context, runner).Build());
        root.Subcommands.Add(new StatsCommand(context, runner).Build());
        root.Subcommands.Add(new VerifyCommand(context, runner).Build());
        root.Subcommands.Add(new PruneCommand(context, runner).Build());
        root.Subcommands.Add(new BenchIndexCommand(context).Build());
        root.Subcommands.Add(new BenchQueryCommand(context, runner).Build());
        root.Subcommands.Add(new BenchScaleCommand(context, runner).Build());
        root.Subcommands.Add(new BenchFacetsCommand(context).Build());
        root.Subcommands.Add(new BenchParseCommand(context).Build());
        return root;
    }

    public static async Task<int> RunAsync(CliContext context, string[] args, CancellationToken cancellation = default)
    {
        var result = Build(context).Parse(args);
        if (result.Errors.Count > 0)
        {
            return context.Fail(ExitCodes.Usage, UsageMessage.Of(result));
        }

        // Signals are the caller's (see ProcessInterruption): they arrive as the cancellation token.
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, ProcessTerminationTimeout = null };
        return await result.InvokeAsync(configuration, cancellation);
    }
}
