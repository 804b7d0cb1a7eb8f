using System.CommandLine;
using System.Globalization;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Indexer.Benchmarking;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// bench-scale: the corpus repeated to each size (derived ids), built into its own index under --work (with --reuse,
/// an index already there is measured as it is), then the portal-shaped query variants timed with 0, 1 and 3 facet filters; prints a build table and a latency table.
/// </summary>
internal sealed class BenchScaleCommand(CliContext context, IndexCommandRunner runner)
{
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "The real corpus to repeat: a .jsonl or .jsonl.gz file in the shared corpus format.",
        Required = true,
    };

    private readonly Option<string> sizes = new("--sizes")
    {
        Description = "Comma-separated article counts to build and measure, e.g. 100000,1000000.",
        DefaultValueFactory = _ => "100000,1000000",
    };

    private readonly Option<string> work = new("--work")
    {
        Description = "Folder for the indexes, one per size (n100000/, ...); each must not exist yet (see --reuse). They are kept for later runs (e.g. the wrk load test).",
        Required = true,
    };

    private readonly Option<bool> reuse = new("--reuse")
    {
        Description = "Measure a size whose index folder exists already as it is, without building it again; sizes without a folder are built.",
    };

    private readonly Option<string> queries = new("--queries")
    {
        Description = "The query file: one query per line, bare words (all required) and \"quoted phrases\".",
        Required = true,
    };

    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();
    private readonly Option<double> warmupSeconds = BenchOptions.Seconds("--warmup-s", "Untimed warm-up seconds before each timed run, at least.", 5);
    private readonly Option<double> minSeconds = BenchOptions.Seconds("--min-s", "Each timed run repeats whole passes until this many seconds have gone by.", 5);

    public Command Build()
    {
        var command = new Command("bench-scale", "Benchmark: index the corpus repeated to each size and time search, facets and snippets with 0, 1 and 3 filters.")
        {
            corpus, sizes, work, reuse, queries, vocabulary, warmupSeconds, minSeconds,
        };
        sizes.Validators.Add(r =>
        {
            if (ParseSizes(r.GetValueOrDefault<string>()) is null)
            {
                r.AddError("--sizes takes comma-separated article counts from 1 to 100000000, e.g. 100000,1000000.");
            }
        });
        command.SetAction((result, cancellation) => Task.FromResult(Run(result, cancellation)));
        return command;
    }

    private int Run(ParseResult result, CancellationToken cancellation)
    {
        var corpusPath = context.Resolve(result.GetValue(corpus)!);
        var queryPath = context.Resolve(result.GetValue(queries)!);
        if (ArticleSourceReader.MissingPaths([corpusPath, queryPath]) is { Count: > 0 } missing)
        {
            return context.Fail(ExitCodes.SourceMissing, $"not found: {string.Join(", ", missing)}");
        }

        var lines = File.ReadLines(queryPath).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return context.Fail(ExitCodes.Usage, $"the query file {queryPath} holds no queries");
        }

        var workPath = context.Resolve(result.GetValue(work)!);
        var targets = ParseSizes(result.GetValue(sizes))!;
        var reusing = result.GetValue(reuse);
        if (!reusing && targets.Select(size => IndexRoot(workPath, size)).FirstOrDefault(Directory.Exists) is { } taken)
        {
            return context.Fail(ExitCodes.Usage, $"{taken} exists already; remove it, choose another --work, or measure it as it is with --reuse");
        }

        if (!ArchiveServices.TryLoad(context, result.GetValue(vocabulary), out var services, out var failure))
        {
            return failure;
        }

        var settings = new BenchmarkSettings(1, TimeSpan.FromSeconds(result.GetValue(warmupSeconds)), TimeSpan.FromSeconds(result.GetValue(minSeconds)), 1);
        var run = new ScaleRun(
            () => services.Ingestion.Sources.Read([corpusPath], cancellation),
            services.Ingestion.Annotator.Annotate,
            services.Vocabulary,
            settings,
            new RebuildProgressLines(context.Error, "bench-scale", TimeSpan.FromSeconds(10)),
            message => context.Error.WriteLine($"bench-scale: {message}"));
        return runner.Guard(() =>
        {
            try
            {
                var steps = targets.Select(size => reusing && Directory.Exists(IndexRoot(workPath, size))
                    ? run.MeasureExisting(size, IndexRoot(workPath, size), lines)
                    : run.Measure(size, IndexRoot(workPath, size), lines, cancellation)).ToList();
                new ScaleTables(context.Console).Print(steps);
                return ExitCodes.Success;
            }
            catch (OperationCanceledException)
            {
                return context.Fail(ExitCodes.Interrupted, "interrupted");
            }
            catch (InvalidOperationException ex)
            {
                return context.Fail(ExitCodes.Failed, ex.Message);
            }
        });
    }

    private static string IndexRoot(string work, int size) => Path.Combine(work, "n" + size.ToString(CultureInfo.InvariantCulture));

    private static List<int>? ParseSizes(string? text)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var parsed = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > 100_000_000)
            {
                return null;
            }

            parsed.Add(size);
        }

        return parsed.Count == 0 || parsed.Distinct().Count() != parsed.Count ? null : parsed;
    }
}
