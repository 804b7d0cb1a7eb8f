using System.Diagnostics;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// One size of a scale run: builds the scaled corpus through the product pipeline into its own index (or takes the
/// index already there), then times the portal-shaped variants (a, b, c) with 0, 1 and 3 facet filters,
/// single-threaded, in-process.
/// </summary>
internal sealed class ScaleRun(
    Func<IEnumerable<IngestRecord>> openCorpus,
    Func<Core.Articles.Article, Core.Articles.AnnotatedArticle> annotate,
    FacetVocabulary vocabulary,
    BenchmarkSettings settings,
    IProgress<IndexingProgress> progress,
    Action<string> log)
{
    /// <summary>Builds <paramref name="size"/> articles into <paramref name="indexRoot"/>, then times the queries over it.</summary>
    public ScaleStep Measure(int size, string indexRoot, IReadOnlyList<string> queries, CancellationToken cancellation)
    {
        var volume = new TextVolume();
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        var records = volume.Count(new ScaledCorpus(openCorpus, size).Records(cancellation));
        var report = new IndexRebuilder(new IndexLocation(indexRoot)) { Vocabulary = vocabulary }.Rebuild(records, annotate, progress, cancellation);
        var build = new ScaleBuild(report.Indexed, volume.Bytes, clock.Elapsed.TotalSeconds, PeakMemory.Bytes());
        log($"{size:N0}: built {report.Indexed:N0} articles in {build.Seconds:0.0} s");

        // The build's heap is garbage now: collect it so that the query peak is the searcher's own.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Time(size, indexRoot, build, queries);
    }

    /// <summary>Times the queries over the index already built in <paramref name="indexRoot"/>, leaving it as it is.</summary>
    /// <exception cref="InvalidOperationException">The folder holds no index generation.</exception>
    public ScaleStep MeasureExisting(int size, string indexRoot, IReadOnlyList<string> queries)
    {
        if (new IndexLocation(indexRoot).CurrentGenerationPath() is null)
        {
            throw new InvalidOperationException($"{indexRoot} holds no index to reuse; remove it or run without --reuse");
        }

        log($"{size:N0}: reusing the index in {indexRoot}");
        return Time(size, indexRoot, null, queries);
    }

    private ScaleStep Time(int size, string indexRoot, ScaleBuild? build, IReadOnlyList<string> queries)
    {
        PeakMemory.Reset();
        using var index = new ArticleIndex(indexRoot);
        var articles = index.Version?.Articles ?? throw new NoIndexException(indexRoot);
        var searcher = new ArticleSearcher(index, vocabulary);
        var benchmark = new QueryBenchmark(searcher.Search, settings);
        var latencies = new List<ScaleLatency>();
        foreach (var filters in ScaleFilters.From(searcher.Search))
        {
            foreach (var variant in QueryVariant.Portal)
            {
                var requests = queries.Select(q => variant.Request(q, filters.Selected)).ToList();
                benchmark.WarmUp(requests);
                var run = benchmark.RunSingle(requests);
                var hits = run.FirstPass!.Select(a => a.Total).Order().ToList();
                var latency = new ScaleLatency(variant.Name, filters, LatencySummary.Of(run.LatenciesMs), hits[hits.Count / 2]);
                latencies.Add(latency);
                log($"{size:N0}: {variant.Name} with {filters.Count} filter(s): p50 {latency.Summary.P50:0.00} ms, p99 {latency.Summary.P99:0.00} ms");
            }
        }

        return new ScaleStep(size, articles, build, DirectoryBytes(indexRoot), latencies, PeakMemory.Bytes());
    }

    private static long DirectoryBytes(string root) =>
        new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
