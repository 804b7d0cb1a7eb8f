using System.Diagnostics;
using System.Globalization;

namespace SearchPortal.Indexer.Output;

/// <summary>Progress as plain lines every few seconds, for logs and redirected output.</summary>
internal sealed class PlainProgress(TextWriter writer, TimeSpan interval) : IIndexingProgress
{
    public T Run<T>(string title, long expectedArticles, Func<Action, T> work)
    {
        var clock = Stopwatch.StartNew();
        var next = interval;
        long done = 0;
        var result = work(() =>
        {
            done++;
            if (clock.Elapsed >= next)
            {
                next = clock.Elapsed + interval;
                writer.WriteLine(Line(title, done, expectedArticles, clock.Elapsed));
            }
        });
        // The expected count may be an estimate (see SourceInventory); at the end the count read is the total.
        writer.WriteLine(Line(title, done, done, clock.Elapsed));
        return result;
    }

    internal static string Line(string title, long done, long expected, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var percent = expected > 0 ? Math.Min(100, 100.0 * done / expected) : 0;
        var remaining = rate > 0 && expected > done ? TimeSpan.FromSeconds((expected - done) / rate) : TimeSpan.Zero;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{title}: {done:N0}/{expected:N0} articles ({percent:0}%), {rate:N0} articles/s, ETA {remaining:hh\\:mm\\:ss}");
    }
}
