using System.CommandLine;
using System.Diagnostics;
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
    private readonly Option<string> corpus = CommonOptions.JsonLinesCorpus(
        "A .jsonl or .jsonl.gz corpus whose category holds 'countries: ...; persons: ...' labels (e.g. ../shared/corpus/kremlin_en/articles.jsonl.gz).");

    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();

    public Command Build()
    {
        var command = new Command("bench-facets", "Measure country recall and precision and person recall against the corpus's own tags.")
        {
            corpus, vocabulary,
        };
        command.SetAction((result, cancellation) => Task.FromResult(Run(result, cancellation)));
        return command;
    }

    private int Run(ParseResult result, CancellationToken cancellation)
    {
        var corpusPath = context.Resolve(result.GetValue(corpus)!);
        if (!File.Exists(corpusPath))
        {
            return context.Fail(ExitCodes.SourceMissing, $"corpus not found: {corpusPath}");
        }

        if (!ArchiveServices.TryLoad(context, result.GetValue(vocabulary), out var services, out var failure))
        {
            return failure;
        }

        var clock = Stopwatch.StartNew();
        var benchmark = new FacetBenchmark(services.Vocabulary, services.Ingestion.Annotator);
        var agreement = benchmark.Measure(services.Ingestion.Sources.Read([corpusPath], cancellation), cancellation);
        var seconds = clock.Elapsed.TotalSeconds;
        FacetBenchReport.PrintTable(context.Console, agreement, seconds);
        context.Out.WriteLine(FacetBenchReport.JsonLine(agreement, seconds));
        return ExitCodes.Success;
    }
}
