using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Indexing;

/// <summary>
/// Brings the live generation in line with the sources in place: adds new ids, replaces ids whose content hash changed,
/// removes ids the sources no longer have (never one whose record was skipped). One commit, so searchers see all or nothing.
/// Sources that yield no article, or that would remove more than <see cref="MaxRemovedShare"/> of the index, change nothing.
/// </summary>
public sealed class IndexUpdater : IndexingJob
{
    /// <summary>An update may remove up to 10 % of the index unless told otherwise: more is far likelier a source folder left empty or half copied than an archivist's intent.</summary>
    public const double DefaultMaxRemovedShare = 0.1;

    /// <summary>Updates the index at <paramref name="location"/>, written with the archive's analyzer.</summary>
    public IndexUpdater(IndexLocation location, IndexingOptions? options = null)
        : base(location, null, options)
    {
    }

    internal IndexUpdater(IndexLocation location, Analyzer indexAnalyzer, IndexingOptions? options = null)
        : base(location, indexAnalyzer ?? throw new ArgumentNullException(nameof(indexAnalyzer)), options)
    {
    }

    /// <summary>The share of the live index (0 to 1) an update may remove; past it the update is refused and nothing changes.</summary>
    public double MaxRemovedShare { get; init; } = DefaultMaxRemovedShare;

    /// <summary>Updates the live generation; with no index yet it runs a rebuild.</summary>
    /// <exception cref="IndexBusyException">Another rebuild or update holds the lock.</exception>
    /// <exception cref="InvalidOperationException">The sources yielded no article; nothing was changed.</exception>
    /// <exception cref="RemovalsRefusedException">The update would remove more than <see cref="MaxRemovedShare"/> of the index; nothing was changed.</exception>
    /// <exception cref="ArticleSourceUnreadableException">A source broke off before its end; nothing was changed.</exception>
    public UpdateReport Update(
        IEnumerable<IngestRecord> records,
        Func<Article, AnnotatedArticle> annotate,
        IProgress<IndexingProgress>? progress = null,
        CancellationToken cancellation = default) =>
        UnderLock(records, annotate, analyzer => UpdateLocked(records, annotate, analyzer, progress, cancellation));

    private UpdateReport UpdateLocked(
        IEnumerable<IngestRecord> records,
        Func<Article, AnnotatedArticle> annotate,
        Analyzer analyzer,
        IProgress<IndexingProgress>? progress,
        CancellationToken cancellation)
    {
        var generation = Location.CurrentGeneration();
        var path = Location.CurrentGenerationPath();
        if (generation is null || path is null)
        {
            var rebuilt = new IndexRebuilder(Location, analyzer, Options).RebuildLocked(records, annotate, analyzer, progress, cancellation);
            return new UpdateReport(rebuilt.Generation, rebuilt.Indexed, 0, 0, 0, rebuilt.Skipped, false, true, rebuilt.Elapsed);
        }

        using var directory = new NIOFSDirectory(new DirectoryInfo(path));
        var indexed = IndexedHashes(directory);
        var run = new IndexRun(annotate);
        var tally = new UpdateTally();
        var removed = 0;
        using var writer = new IndexWriter(directory, Options.WriterConfig(analyzer, OpenMode.APPEND));
        try
        {
            IndexAll(records, analyzer, run, (_, annotated, document) => Apply(writer, document, annotated, indexed, tally), progress, cancellation);
            if (run.Articles == 0)
            {
                throw IndexRun.NothingIndexable();
            }

            var vanished = Vanished(indexed.Keys, run);
            if (vanished.Count > MaxRemovedShare * indexed.Count)
            {
                throw new RemovalsRefusedException(vanished.Count, indexed.Count, MaxRemovedShare);
            }

            foreach (var id in vanished)
            {
                writer.DeleteDocuments(new Term(ArticleFields.Id, id));
                removed++;
            }

            cancellation.ThrowIfCancellationRequested();
            progress?.Report(run.Progress(IndexingPhase.Committing));
            writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }

        return new UpdateReport(
            generation, tally.Added, tally.Replaced, tally.Unchanged, removed, run.Skipped, run.SkippedWithoutId, false, run.Elapsed);
    }

    /// <summary>The indexed ids the sources no longer have; none when a skipped record had no id, since it might be any of them.</summary>
    private static List<string> Vanished(IEnumerable<string> indexedIds, IndexRun run) =>
        run.SkippedWithoutId
            ? []
            : indexedIds.Where(id => !run.WasSeen(id) && !run.ProtectedIds.ContainsKey(id)).ToList();

    /// <summary>Adds a new id, replaces one whose content hash changed; false for an unchanged article, left as it is.</summary>
    private static bool Apply(IndexWriter writer, ReusableArticleDocument document, AnnotatedArticle annotated, IReadOnlyDictionary<string, string?> indexed, UpdateTally tally)
    {
        var id = annotated.Article.Id;
        var known = indexed.TryGetValue(id, out var hash);
        if (known && string.Equals(hash, annotated.ContentHash, StringComparison.Ordinal))
        {
            tally.CountUnchanged();
            return false;
        }

        var doc = document.Fill(annotated);
        if (known)
        {
            writer.UpdateDocument(new Term(ArticleFields.Id, id), doc);
            tally.CountReplaced();
        }
        else
        {
            writer.AddDocument(doc);
            tally.CountAdded();
        }

        return true;
    }

    /// <summary>Id and content hash of every live document, read from doc values.</summary>
    private static Dictionary<string, string?> IndexedHashes(Lucene.Net.Store.Directory directory)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    result[ArticleDocumentReader.ReadId(atomic, doc)] = ArticleDocumentReader.ReadContentHash(atomic, doc);
                }
            }
        }

        return result;
    }

    /// <summary>Thread-safe counters of what an update did.</summary>
    private sealed class UpdateTally
    {
        private int added;
        private int replaced;
        private int unchanged;

        public int Added => Volatile.Read(ref added);

        public int Replaced => Volatile.Read(ref replaced);

        public int Unchanged => Volatile.Read(ref unchanged);

        public void CountAdded() => Interlocked.Increment(ref added);

        public void CountReplaced() => Interlocked.Increment(ref replaced);

        public void CountUnchanged() => Interlocked.Increment(ref unchanged);
    }
}
