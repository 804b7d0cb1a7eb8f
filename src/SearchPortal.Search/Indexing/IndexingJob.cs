using Lucene.Net.Analysis;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Indexing;

/// <summary>
/// What a rebuild and an update share: the index root, analyzer and options, the root's write lock held for the whole
/// run, and one indexing pass in which each record is annotated, filled into its worker's document and written.
/// </summary>
public abstract class IndexingJob
{
    private protected IndexingJob(IndexLocation location, Analyzer indexAnalyzer, IndexingOptions? options)
    {
        Location = location ?? throw new ArgumentNullException(nameof(location));
        IndexAnalyzer = indexAnalyzer ?? throw new ArgumentNullException(nameof(indexAnalyzer));
        Options = options ?? IndexingOptions.Default;
    }

    private protected IndexLocation Location { get; }

    private protected Analyzer IndexAnalyzer { get; }

    private protected IndexingOptions Options { get; }

    private protected int Workers => Math.Max(1, Options.Workers);

    /// <exception cref="IndexBusyException">Another rebuild or update holds the lock.</exception>
    private protected TReport UnderLock<TReport>(IEnumerable<IngestRecord> records, Func<Article, AnnotatedArticle> annotate, Func<TReport> work)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotate);
        using var held = IndexWriteLock.Acquire(Location);
        return work();
    }

    /// <summary>
    /// Feeds the records to the workers; <paramref name="write"/> writes one annotated article with the worker's document
    /// and returns false when it left the index as it was. A record that cannot be annotated or written is skipped with its reason.
    /// </summary>
    private protected void IndexAll(
        IEnumerable<IngestRecord> records,
        IndexRun run,
        Func<int, AnnotatedArticle, ReusableArticleDocument, bool> write,
        IProgress<IndexingProgress>? progress,
        CancellationToken cancellation)
    {
        var documents = Enumerable.Range(0, Workers).Select(_ => new ReusableArticleDocument()).ToArray();
        RecordFeeder.Run(records, Workers, (worker, record) =>
        {
            if (run.Annotate(record) is not { } annotated)
            {
                return;
            }

            try
            {
                if (write(worker, annotated, documents[worker]))
                {
                    run.CountIndexed();
                }
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or ObjectDisposedException))
            {
                run.Skip(record, $"indexing failed: {ex.GetType().Name}: {ex.Message}");
            }
        }, run, progress, cancellation);
    }
}
