using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Indexing;

/// <summary>
/// Builds a complete new generation from the sources, checks it, then switches CURRENT to it and prunes all but the
/// previous generation. On any failure or cancellation the new generation is deleted and CURRENT is left alone.
/// </summary>
public sealed class IndexRebuilder
{
    private const int TopFacetValues = 10;
    private readonly IndexLocation location;
    private readonly Analyzer indexAnalyzer;
    private readonly IndexingOptions options;

    public IndexRebuilder(IndexLocation location, Analyzer indexAnalyzer, IndexingOptions? options = null)
    {
        this.location = location ?? throw new ArgumentNullException(nameof(location));
        this.indexAnalyzer = indexAnalyzer ?? throw new ArgumentNullException(nameof(indexAnalyzer));
        this.options = options ?? IndexingOptions.Default;
    }

    /// <exception cref="IndexBusyException">Another rebuild or update holds the lock.</exception>
    /// <exception cref="InvalidOperationException">No article could be indexed, or the new generation failed its checksum check.</exception>
    public RebuildReport Rebuild(
        IEnumerable<IngestRecord> records,
        Func<Article, AnnotatedArticle> annotate,
        IProgress<RebuildProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotate);
        using var held = RebuildLock.Acquire(location);
        return RebuildLocked(records, annotate, progress, cancellation);
    }

    /// <summary>The rebuild proper, for callers that already hold the lock (an update of an empty root).</summary>
    internal RebuildReport RebuildLocked(
        IEnumerable<IngestRecord> records,
        Func<Article, AnnotatedArticle> annotate,
        IProgress<RebuildProgress>? progress,
        CancellationToken cancellation)
    {
        var run = new IndexRun(annotate);
        var generation = location.NewGeneration();
        IndexCensus census;
        try
        {
            var path = location.GenerationPath(generation);
            Write(path, records, run, progress, cancellation);
            var verification = IndexVerifier.CheckWritten(path, generation, run.Indexed);
            if (!verification.Ok)
            {
                throw new InvalidOperationException(
                    $"The new generation {generation} failed its check; the live index was kept. {string.Join(" ", verification.Problems)}");
            }

            using var directory = new NIOFSDirectory(new DirectoryInfo(path));
            using var reader = DirectoryReader.Open(directory);
            census = IndexCensus.Take(reader, TopFacetValues);
        }
        catch
        {
            location.TryDelete(generation);
            throw;
        }

        var previous = location.CurrentGeneration();
        location.Switch(generation);
        var undeleted = location.Prune(generation, previous);
        return new RebuildReport(
            generation, previous, run.Indexed, census.Languages, census.TopFacets, run.Skipped, undeleted, run.Elapsed);
    }

    private void Write(string path, IEnumerable<IngestRecord> records, IndexRun run, IProgress<RebuildProgress>? progress, CancellationToken cancellation)
    {
        var parts = Math.Max(1, options.Workers);
        using var writer = new PartitionedIndexWriter(path, parts, () => options.WriterConfig(indexAnalyzer, OpenMode.CREATE, parts));
        var documents = Enumerable.Range(0, parts).Select(_ => new ReusableArticleDocument()).ToArray();
        try
        {
            RecordFeeder.Run(records, parts, (worker, record) => Index(writer, worker, documents[worker], record, run), run, progress, cancellation);
            if (run.Indexed == 0)
            {
                throw new InvalidOperationException("The sources yielded no indexable article; the live index was kept.");
            }

            writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    private static void Index(PartitionedIndexWriter writer, int worker, ReusableArticleDocument document, IngestRecord record, IndexRun run)
    {
        if (run.Annotate(record) is not { } annotated)
        {
            return;
        }

        try
        {
            writer.AddDocument(worker, document.Fill(annotated));
            run.CountIndexed();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or ObjectDisposedException))
        {
            run.Skip(record, $"indexing failed: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
