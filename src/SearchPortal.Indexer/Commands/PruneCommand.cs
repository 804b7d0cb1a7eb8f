using System.CommandLine;
using SearchPortal.Indexer.Composition;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>prune: deletes old generations, never the live one, so that the next rebuild fits a tight disk.</summary>
internal sealed class PruneCommand(CliContext context, IndexCommandRunner runner)
{
    private readonly Option<int> keep = new("--keep")
    {
        Description = "How many generations to keep, the live one included (1 keeps only the live one).",
        DefaultValueFactory = _ => 1,
    };

    public Command Build()
    {
        var command = new Command("prune", "Delete old index generations (never the live one) to make room for a rebuild.") { keep };
        runner.AddOptions(command);
        command.SetAction((result, _) => Task.FromResult(runner.Guard(() =>
        {
            var count = result.GetValue(keep);
            if (count < 1)
            {
                return context.Fail(ExitCodes.Usage, "--keep must be at least 1: the live generation is always kept (see: prune --help)");
            }

            var report = new IndexPruner(new IndexLocation(runner.IndexPath(result))).Prune(count);
            var removed = report.Removed.Count == 0 ? "nothing to delete" : "deleted " + string.Join(", ", report.Removed);
            context.Out.WriteLine($"pruned: {removed}; kept {string.Join(", ", report.Kept)} (live: {report.Live})");
            return report.Undeleted.Count == 0
                ? ExitCodes.Success
                : context.Fail(ExitCodes.Failed, $"could not delete {string.Join(", ", report.Undeleted)} (files in use?); run prune again later");
        })));
        return command;
    }
}
