using System.Globalization;
using SearchPortal.Indexer.Benchmarking;
using Spectre.Console;

namespace SearchPortal.Indexer.Output;

/// <summary>Prints a scale run as two tables: the builds, then the latencies per size, variant and filter count.</summary>
internal sealed class ScaleTables(IAnsiConsole console)
{
    private const double MiB = 1024 * 1024;

    // Markdown rows are meant to be pasted into the README: a narrow redirected console would wrap them.
    private const int MinimumWidth = 160;

    public void Print(IReadOnlyList<ScaleStep> steps)
    {
        console.Profile.Width = Math.Max(console.Profile.Width, MinimumWidth);
        var builds = new Table().Border(TableBorder.Markdown)
            .AddColumns("articles", "build s", "articles/s", "MB/s", "peak RSS MiB", "index MiB", "query peak RSS MiB");
        foreach (var step in steps)
        {
            // A reused index was not built by this run: its build columns stay empty rather than show another run's figures.
            builds.AddRow(
                N(step.Articles),
                step.Build is { } b ? F(b.Seconds, 1) : "reused",
                step.Build is { } r ? N(r.ArticlesPerSecond) : "-",
                step.Build is { } m ? F(m.MegabytesPerSecond, 2) : "-",
                step.Build is { } p ? N(p.PeakBytes / MiB) : "-",
                N(step.IndexBytes / MiB),
                N(step.QueryPeakBytes / MiB));
        }

        console.Write(builds);
        var latencies = new Table().Border(TableBorder.Markdown)
            .AddColumns("articles", "variant", "filters", "p50 ms", "p95 ms", "p99 ms", "mean ms", "median hits", "queries");
        foreach (var step in steps)
        {
            foreach (var latency in step.Latencies)
            {
                latencies.AddRow(
                    N(step.Articles), latency.Variant, latency.Filters.Count.ToString(CultureInfo.InvariantCulture),
                    F(latency.Summary.P50, 2), F(latency.Summary.P95, 2), F(latency.Summary.P99, 2), F(latency.Summary.Mean, 2),
                    N(latency.MedianHits), N(latency.Summary.Queries));
            }
        }

        console.WriteLine();
        console.Write(latencies);
        console.WriteLine();
        foreach (var filters in steps.SelectMany(s => s.Latencies).Select(l => l.Filters).DistinctBy(f => f.Count))
        {
            console.WriteLine($"{filters.Count} filter(s): {filters.Describe()}");
        }
    }

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
