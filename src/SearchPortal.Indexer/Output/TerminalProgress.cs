using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SearchPortal.Indexer.Output;

/// <summary>A Spectre.Console progress bar with articles/s and time remaining, for interactive terminals.</summary>
internal sealed class TerminalProgress(IAnsiConsole console) : IIndexingProgress
{
    public T Run<T>(string title, long expectedArticles, Func<Action, T> work) =>
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
                var task = context.AddTask(title, maxValue: Math.Max(1, expectedArticles));
                var result = work(() => task.Increment(1));
                task.Value = task.MaxValue;
                return result;
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
