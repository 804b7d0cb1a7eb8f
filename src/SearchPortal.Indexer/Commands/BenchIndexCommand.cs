using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Indexer.Benchmarking;
using SearchPortal.Indexer.Composition;
using SearchPortal.Indexer.Output;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// bench-index: the peers harness's index step. A rebuild from one JSON Lines corpus through the product pipeline
/// (reader, annotator, rebuilder), timed in-process; the harness's JSON line last on stdout, progress on stderr.
/// </summary>
internal sealed class BenchIndexCommand(CliContext context)
{
    private readonly Option<string> corpus = CommonOptions.JsonLinesCorpus(
        "The corpus: a .jsonl or .jsonl.gz file in the shared corpus format (id, title, text, lang, date, source, url, category).");

    private readonly Option<string> index = BenchOptions.Index();
    private readonly Option<string?> vocabulary = CommonOptions.Vocabulary();

    public Command Build()
    {
        var command = new Command("bench-index", "Peers harness: build the index from a JSON Lines corpus and print the harness's index JSON line.")
        {
            corpus, index, vocabulary,
        };
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

        var location = new IndexLocation(context.Resolve(result.GetValue(index)!));
        var clock = Stopwatch.StartNew();
        var volume = new TextVolume();
        return ExitCodeMap.Run(context, ExitCodeMap.Access.Writing, () =>
        {
            var progress = new RebuildProgressLines(context.Error, "bench-index", TimeSpan.FromSeconds(5));
            var records = volume.Count(services.Ingestion.Sources.Read([corpusPath], cancellation));
            var report = new IndexRebuilder(location) { Vocabulary = services.Vocabulary }.Rebuild(records, services.Ingestion.Annotator.Annotate, progress, cancellation);
            var seconds = clock.Elapsed.TotalSeconds;
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"bench-index: generation {report.Generation}: {report.Indexed:N0} articles, {report.Skipped.Count:N0} skipped, {seconds:0.0} s"));
            foreach (var skipped in report.Skipped.Take(10))
            {
                context.Error.WriteLine($"bench-index: skipped {skipped.Origin}: {skipped.Reason}");
            }

            context.Out.WriteLine(HarnessJson.IndexLine(report.Indexed, volume.Bytes, seconds, IndexFormat.LuceneNetVersion));
            return ExitCodes.Success;
        });
    }
}
