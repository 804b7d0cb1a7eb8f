using System.CommandLine;
using System.Globalization;
using SearchPortal.Indexer.Benchmarking;
using SearchPortal.Indexer.Composition;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// bench-query: the peers harness's query step. Per variant (a, b, c) an untimed warm-up, a single-threaded timed run
/// and a concurrent one, each printed as the harness's JSON line; the first pass's top-10 ids of variant a go to --topids.
/// </summary>
internal sealed class BenchQueryCommand(CliContext context, IndexCommandRunner runner)
{
    private readonly Option<string> index = BenchOptions.Index();
    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();
    private readonly Option<string> queries = new("--queries")
    {
        Description = "The query file: one query per line, bare words (all required) and \"quoted phrases\".",
        Required = true,
    };

    private readonly Option<string?> topIds = new("--topids") { Description = "Write the top-10 ids of variant a here: one line per query, index TAB id,id,..." };
    private readonly Option<int> warmup = BenchOptions.Count("--warmup", "Untimed warm-up passes per variant, at least.", 1, minimum: 0);
    private readonly Option<double> warmupSeconds = BenchOptions.Seconds("--warmup-s", "Untimed warm-up seconds per variant, at least.", 30);
    private readonly Option<double> minSeconds = BenchOptions.Seconds("--min-s", "Each timed run repeats whole passes until this many seconds have gone by.", 3);
    private readonly Option<int> workers = BenchOptions.Count("--workers", "Threads of the concurrent run (1: no concurrent run).", 2, minimum: 1);
    private readonly Option<string> variants = new("--variants")
    {
        Description = "Which variants to run, in order: a = top 10, b = a + facets lang/category/year, c = b + one snippet per hit.",
        DefaultValueFactory = _ => "abc",
    };

    public Command Build()
    {
        var command = new Command("bench-query", "Peers harness: time the query variants a, b, c over a query file and print the harness's JSON lines.")
        {
            index, vocabulary, queries, topIds, warmup, warmupSeconds, minSeconds, workers, variants,
        };
        variants.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>() ?? string.Empty;
            if (value.Length == 0 || value.Any(c => QueryVariant.Named(c.ToString()) is null) || value.Distinct().Count() != value.Length)
            {
                r.AddError($"--variants takes some of the letters a, b, c, each once, not '{value}'.");
            }
        });
        command.SetAction((result, _) => Task.FromResult(Run(result)));
        return command;
    }

    private int Run(ParseResult result)
    {
        if (CommonOptions.QueryLines(context, result, queries, out var queryFailure) is not { } lines)
        {
            return queryFailure;
        }

        var topIdsPath = result.GetValue(topIds) is { } path ? context.Resolve(path) : null;
        if (topIdsPath is not null && Path.GetDirectoryName(topIdsPath) is { } folder && !Directory.Exists(folder))
        {
            return context.Fail(ExitCodes.Usage, $"--topids: the folder {folder} does not exist");
        }

        var settings = new BenchmarkSettings(
            result.GetValue(warmup),
            TimeSpan.FromSeconds(result.GetValue(warmupSeconds)),
            TimeSpan.FromSeconds(result.GetValue(minSeconds)),
            result.GetValue(workers));
        var chosen = result.GetValue(variants)!.Select(c => QueryVariant.Named(c.ToString())!).ToList();
        return runner.Run(
            context.Resolve(result.GetValue(index)!),
            result.GetValue(vocabulary),
            archive => Measure(archive, lines, chosen, settings, topIdsPath));
    }

    private int Measure(OpenedArchive archive, List<string> lines, List<QueryVariant> chosen, BenchmarkSettings settings, string? topIdsPath)
    {
        var benchmark = new QueryBenchmark(archive.Searcher.Search, settings);
        foreach (var variant in chosen)
        {
            var requests = variant.Requests(lines);
            var passes = benchmark.WarmUp(requests);
            var single = benchmark.RunSingle(requests);
            context.Out.WriteLine(HarnessJson.QueryLine(variant.Name, single));
            context.Out.Flush();
            Log(variant, $"{passes} warm-up passes; 1 thread: {single.LatenciesMs.Count:N0} queries in {single.WallSeconds:0.00} s, {1000 * single.CpuSeconds / single.LatenciesMs.Count:0.000} ms of CPU per query, {single.AllocatedBytesPerQuery / 1024:0.0} KB allocated per query, {single.Collections} garbage collections pausing {1000 * single.PauseSeconds:0} ms");
            if (variant == QueryVariant.TopTen && topIdsPath is not null)
            {
                TopIdsFile.Write(topIdsPath, single.FirstPass!);
            }

            if (settings.Workers > 1)
            {
                var concurrent = benchmark.RunConcurrent(requests);
                context.Out.WriteLine(HarnessJson.QueryLine(variant.Name, concurrent));
                context.Out.Flush();
                Log(variant, $"{concurrent.Threads} threads: {concurrent.LatenciesMs.Count:N0} queries in {concurrent.WallSeconds:0.00} s, {concurrent.AllocatedBytesPerQuery / 1024:0.0} KB allocated per query");
            }
        }

        return ExitCodes.Success;
    }

    private void Log(QueryVariant variant, FormattableString message) =>
        context.Error.WriteLine($"bench-query {variant.Name}: {message.ToString(CultureInfo.InvariantCulture)}");
}
