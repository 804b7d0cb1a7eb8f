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
public sealed class IndexRebuilder : IndexingJob
{
    private const int TopFacetValues = 10;

    /// <summary>Rebuilds the index at <paramref name="location"/>, written with the archive's analyzer.</summary>
    public IndexRebuilder(IndexLocation location, IndexingOptions? options = null)
        : base(location, null, options)
    {
    }

    internal IndexRebuilder(IndexLocation location, Analyzer indexAnalyzer, IndexingOptions? options = null)
        : base(location, indexAnalyzer ?? throw new ArgumentNullException(nameof(indexAnalyzer)), options)
    {
    }

    /// <exception cref="IndexBusyException">Another rebuild or update holds the lock.</exception>
    /// <exception cref="InsufficientSpaceException">The disk has too little room for the new generation; nothing was written.</exception>
    /// <exception cref="InvalidOperationException">No article could be indexed, or the new generation failed its checksum check.</exception>
    /// <exception cref="ArticleSourceUnreadableException">A source broke off before its end: the new generation is deleted, never switched in.</exception>
    public RebuildReport Rebuild(
        IEnumerable<IngestRecord> records,
        Func<Article, AnnotatedArticle> annotate,
        IProgress<IndexingProgress>? progress = null,
        CancellationToken cancellation = default) =>
        UnderLock(records, annotate, analyzer => RebuildLocked(records, annotate, analyzer, progress, cancellation));

    /// <summary>The rebuild proper, for callers that already hold the lock (an update of an empty root).</summary>
    internal RebuildReport RebuildLocked(
        IEnumerable<IngestRecord> records,
        Func<Article, AnnotatedArticle> annotate,
        Analyzer analyzer,
        IProgress<IndexingProgress>? progress,
        CancellationToken cancellation)
    {
        RebuildSpace.Ensure(Location);
        var run = new IndexRun(annotate);
        var generation = Location.NewGeneration();
        IndexCensus census;
        try
        {
            var path = Location.GenerationPath(generation);
            Write(path, records, analyzer, run, progress, cancellation);
            progress?.Report(run.Progress(IndexingPhase.Checking));
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
            Location.TryDelete(generation);
            throw;
        }

        var previous = GenerationRetention.PreviousBeside(Location, generation);
        Location.Switch(generation);
        var undeleted = Location.Prune(generation, previous);
        return new RebuildReport(
            generation, previous, run.Indexed, census.Languages, census.TopFacets, run.Skipped, undeleted, run.Elapsed);
    }

    private void Write(string path, IEnumerable<IngestRecord> records, Analyzer analyzer, IndexRun run, IProgress<IndexingProgress>? progress, CancellationToken cancellation)
    {
        var parts = Workers;
        using var writer = new PartitionedIndexWriter(path, parts, () => Options.WriterConfig(analyzer, OpenMode.CREATE, parts));
        try
        {
            IndexAll(records, analyzer, run, (worker, annotated, document) =>
            {
                writer.AddDocument(worker, document.Fill(annotated));
                return true;
            }, progress, cancellation);
            if (run.Indexed == 0)
            {
                throw IndexRun.NothingIndexable();
            }

            progress?.Report(run.Progress(IndexingPhase.Committing));
            writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }
}
