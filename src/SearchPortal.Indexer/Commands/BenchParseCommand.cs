using System.CommandLine;
using System.Globalization;
using SearchPortal.Indexer.Benchmarking;
using SearchPortal.Indexer.Composition;
using SearchPortal.Search.Searching;
using Spectre.Console;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// bench-parse: how long the query parser takes per query, with and without translation (no index needed): the
/// figure behind "query parsing stays in microseconds".
/// </summary>
internal sealed class BenchParseCommand(CliContext context)
{
    private const int SlowestShown = 5;

    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();
    private readonly Option<string> queries = new("--queries")
    {
        Description = "The query file: one query per line, in the portal's query language.",
        Required = true,
    };

    private readonly Option<int> passes = BenchOptions.Count("--passes", "Timed passes over the query file (after one untimed pass).", 20, minimum: 1);

    public Command Build()
    {
        var command = new Command("bench-parse", "Time the query parser per query, with and without German-English translation; prints a table and a JSON line.")
        {
            vocabulary, queries, passes,
        };
        command.SetAction((result, _) => Task.FromResult(Run(result)));
        return command;
    }

    private int Run(ParseResult result)
    {
        if (CommonOptions.QueryLines(context, result, queries, out var queryFailure) is not { } lines)
        {
            return queryFailure;
        }

        if (!ArchiveServices.TryLoad(context, result.GetValue(vocabulary), out var services, out var failure))
        {
            return failure;
        }

        var count = result.GetValue(passes);
        var perQuery = QueryParseTimer.Microseconds(lines, services.Vocabulary, translate: true, count);
        var translated = LatencySummary.Of([.. perQuery.SelectMany(t => t)]);
        var typed = LatencySummary.Of([.. QueryParseTimer.Microseconds(lines, services.Vocabulary, translate: false, count).SelectMany(t => t)]);

        var table = new Table().AddColumns("query words", "parses", "p50 µs", "p95 µs", "p99 µs", "mean µs");
        table.AddRow(Row("typed and translated", translated));
        table.AddRow(Row("typed only", typed));
        context.Console.Write(table);

        // The slowest queries by their median, which a pause of the collector or of the machine does not move.
        var slowest = new Table().AddColumns("slowest queries, translated", "median µs");
        foreach (var (query, median) in lines.Select((query, i) => (query, median: LatencySummary.Of(perQuery[i]).P50))
            .OrderByDescending(q => q.median).Take(SlowestShown))
        {
            slowest.AddRow(Markup.Escape(query.Length > 80 ? query[..80] + "…" : query), median.ToString("F1", CultureInfo.InvariantCulture));
        }

        context.Console.Write(slowest);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"phase\":\"parse\",\"queries\":{lines.Count},\"passes\":{count},\"translated_us\":{{\"p50\":{translated.P50:F1},\"p99\":{translated.P99:F1},\"mean\":{translated.Mean:F1}}},\"typed_us\":{{\"p50\":{typed.P50:F1},\"p99\":{typed.P99:F1},\"mean\":{typed.Mean:F1}}}}}"));
        return ExitCodes.Success;
    }

    private static string[] Row(string name, LatencySummary summary) =>
    [
        name,
        summary.Queries.ToString("N0", CultureInfo.InvariantCulture),
        summary.P50.ToString("F1", CultureInfo.InvariantCulture),
        summary.P95.ToString("F1", CultureInfo.InvariantCulture),
        summary.P99.ToString("F1", CultureInfo.InvariantCulture),
        summary.Mean.ToString("F1", CultureInfo.InvariantCulture),
    ];
}
