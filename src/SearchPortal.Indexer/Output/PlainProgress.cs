using System.Diagnostics;
using System.Globalization;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Output;

/// <summary>Progress as plain lines every few seconds and at each phase, for logs and redirected output.</summary>
internal sealed class PlainProgress(TextWriter writer, TimeSpan interval) : IIndexingProgress
{
    public T Run<T>(long? expectedArticles, Func<Action, Action, IProgress<IndexingProgress>, T> work)
    {
        var clock = Stopwatch.StartNew();
        var next = interval;
        long done = 0;
        writer.WriteLine(expectedArticles is { } expected
            ? string.Create(CultureInfo.InvariantCulture, $"reading: {expected:N0} articles in the sources")
            : "reading: the sources are too large to count ahead; the total is unknown until they are read");
        var result = work(
            () =>
            {
                done++;
                if (clock.Elapsed >= next)
                {
                    next = clock.Elapsed + interval;
                    writer.WriteLine(Line(done, expectedArticles, clock.Elapsed));
                }
            },
            () =>
            {
                writer.WriteLine(Line(done, expectedArticles ?? done, clock.Elapsed));
            },
            new PhaseChanges(phase => writer.WriteLine(phase switch
            {
                IndexingPhase.Committing => string.Create(CultureInfo.InvariantCulture, $"committing: all {done:N0} articles read"),
                IndexingPhase.Checking => "checking: the new index before it goes live",
                _ => "indexing",
            })));
        return result;
    }

    internal static string Line(long done, long? expected, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        if (expected is not { } total)
        {
            return string.Create(CultureInfo.InvariantCulture, $"indexing: {done:N0} articles read of an unknown total, {rate:N0} articles/s");
        }

        var percent = total > 0 ? Math.Min(100, 100.0 * done / total) : 0;
        var remaining = rate > 0 && total > done ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"indexing: {done:N0}/{total:N0} articles ({percent:0}%), {rate:N0} articles/s, ETA {remaining:hh\\:mm\\:ss}");
    }
}
