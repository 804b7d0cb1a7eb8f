using System.Diagnostics;
using System.Globalization;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Output;

/// <summary>A rebuild's progress as a plain line at most once per interval, written on the reporting thread.</summary>
internal sealed class RebuildProgressLines(TextWriter writer, string title, TimeSpan interval) : IProgress<IndexingProgress>
{
    private readonly long intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
    private long next = Stopwatch.GetTimestamp() + (long)(interval.TotalSeconds * Stopwatch.Frequency);

    public void Report(IndexingProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        if (now < next)
        {
            return;
        }

        next = now + intervalTicks;
        var rate = value.Elapsed.TotalSeconds > 0 ? value.Indexed / value.Elapsed.TotalSeconds : 0;
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{title}: {value.Read:N0} read, {value.Indexed:N0} indexed, {value.Skipped:N0} skipped, {rate:N0} articles/s"));
    }
}
