using System.Globalization;
using SearchPortal.Search.Indexing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SearchPortal.Indexer.Output;

/// <summary>A Spectre.Console progress bar on standard error, labelled with its phase, for interactive terminals.</summary>
internal sealed class TerminalProgress(IAnsiConsole console) : IIndexingProgress
{
    public T Run<T>(long? expectedArticles, Func<Action, Action, IProgress<IndexingProgress>, T> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RateColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                // Without a count ahead the bar cannot know its end: it stays indeterminate until the sources are read.
                var task = context.AddTask("indexing", maxValue: Math.Max(1, expectedArticles ?? 1));
                task.IsIndeterminate = expectedArticles is null;
                return work(
                    () =>
                    {
                        task.Increment(1);
                        task.MaxValue = Math.Max(task.MaxValue, task.Value);
                    },
                    () =>
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(1, task.Value);
                    },
                    new PhaseChanges(phase => task.Description = phase switch
                    {
                        IndexingPhase.Committing => "committing",
                        IndexingPhase.Checking => "checking",
                        _ => "indexing",
                    }));
            });

    /// <summary>Articles per second since the task started.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            var rate = seconds > 0 ? task.Value / seconds : 0;
            return new Text(string.Create(CultureInfo.InvariantCulture, $"{rate,8:N0} articles/s"));
        }
    }
}
