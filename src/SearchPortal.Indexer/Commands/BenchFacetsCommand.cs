using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchPortal.Core.Ingestion;
using SearchPortal.Indexer.Benchmarking;
using SearchPortal.Indexer.Composition;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// bench-facets: measures the country and official facets against the labels of a kremlin_en style corpus
/// (en.kremlin.ru's own tags in <c>category</c> on the even-id items). Annotation runs through the production
/// pipeline, which gives the facets an index would hold without writing one.
/// </summary>
internal sealed class BenchFacetsCommand(CliContext context)
{
    private static readonly JsonSerializerOptions MissJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Option<string> corpus = CommonOptions.JsonLinesCorpus(
        "A .jsonl or .jsonl.gz corpus whose category holds 'countries: ...; persons: ...' labels (e.g. ../shared/corpus/kremlin_en/articles.jsonl.gz).");

    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();

    private readonly Option<int> top = new("--top")
    {
        Description = "How many of the costliest values to list: about countries not tagged, tagged countries missed, tagged persons missed.",
        DefaultValueFactory = _ => FacetBenchReport.DefaultTop,
    };

    private readonly Option<string?> misses = new("--misses")
    {
        Description = "Also write each labelled item that disagrees with its tags to this file, one JSON line per item (id, title, what was missed or not tagged).",
    };

    public Command Build()
    {
        var command = new Command("bench-facets", "Measure country recall and precision and person recall against the corpus's own tags.")
        {
            corpus, vocabulary, top, misses,
        };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--top takes a count of 0 or more.");
            }
        });
        command.SetAction((result, cancellation) => Task.FromResult(Run(result, cancellation)));
        return command;
    }

    private int Run(ParseResult result, CancellationToken cancellation)
    {
        if (CommonOptions.ExistingCorpus(context, result, corpus, out var corpusFailure) is not { } corpusPath)
        {
            return corpusFailure;
        }

        if (!ArchiveServices.TryLoad(context, result.GetValue(vocabulary), out var services, out var failure))
        {
            return failure;
        }

        using var missLog = OpenMissLog(result.GetValue(misses), out var logFailure);
        if (logFailure is not null)
        {
            return context.Fail(ExitCodes.Usage, logFailure);
        }

        var clock = Stopwatch.StartNew();
        var benchmark = new FacetBenchmark(services.Vocabulary, services.Ingestion.Annotator);
        var agreement = benchmark.Measure(
            services.Ingestion.Sources.Read([corpusPath], cancellation),
            cancellation,
            missLog is null ? null : item => missLog.WriteLine(JsonSerializer.Serialize(item, MissJson)));
        var seconds = clock.Elapsed.TotalSeconds;
        FacetBenchReport.PrintTable(context.Console, agreement, seconds, result.GetValue(top));
        context.Out.WriteLine(FacetBenchReport.JsonLine(agreement, seconds));
        return ExitCodes.Success;
    }

    private StreamWriter? OpenMissLog(string? path, out string? failure)
    {
        failure = null;
        if (path is null)
        {
            return null;
        }

        var resolved = context.Resolve(path);
        try
        {
            return new StreamWriter(resolved, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = $"cannot write --misses file {resolved}: {e.Message}";
            return null;
        }
    }
}
