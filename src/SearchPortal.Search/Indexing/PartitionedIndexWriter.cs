using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchPortal.Search.Indexing;

/// <summary>
/// Writes a new index with one IndexWriter per worker, each into a part of its own, and joins the parts into the
/// first one at the end, so that the last flush of every worker runs on its own core.
/// </summary>
/// <remarks>
/// With one shared writer, a commit flushes every worker's buffered segment on the committing thread alone: on the
/// mixed corpus that was 7 s of the rebuild on one core. A smaller buffer makes workers flush along the way but leaves
/// six segments instead of two, and queries over six segments took about a quarter longer. Here each part commits in
/// parallel, the other parts' files are copied into the first (AddIndexes, which does not merge) and the index keeps
/// one segment per worker, also when a worker flushed along the way (its segments are merged first).
/// </remarks>
internal sealed class PartitionedIndexWriter : IDisposable
{
    private readonly string[] paths;
    private readonly LuceneDirectory[] directories;
    private readonly IndexWriter?[] writers;

    /// <param name="path">The index directory; parts 1 and up are written in subdirectories of it until they are joined.</param>
    public PartitionedIndexWriter(string path, int parts, Func<IndexWriterConfig> config)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        paths = new string[parts];
        directories = new LuceneDirectory[parts];
        writers = new IndexWriter?[parts];
        try
        {
            for (var i = 0; i < parts; i++)
            {
                paths[i] = i == 0 ? path : Path.Combine(path, $"part-{i}");
                directories[i] = new NIOFSDirectory(new DirectoryInfo(paths[i]));
                writers[i] = new IndexWriter(directories[i], config());
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Adds a document to the given part; safe to call from several threads, one part each.</summary>
    public void AddDocument(int part, IEnumerable<IIndexableField> document) => Writer(part).AddDocument(document);

    /// <summary>
    /// Merges each part to one segment and commits it, all parts at once, then copies parts 1 and up into part 0 and
    /// commits it.
    /// </summary>
    public void Commit()
    {
        try
        {
            // A large corpus fills a worker's buffer many times (a million articles: nine segments a worker, 18 in all),
            // and a query pays its set-up, term look-ups and scorers once per segment; one segment per worker also
            // keeps the segments of equal size, so a search cut into one run per core splits its work evenly.
            Parallel.For(0, writers.Length, i =>
            {
                Writer(i).ForceMerge(1);
                Writer(i).Commit();
            });
        }
        catch (AggregateException ex)
        {
            // A part's own failure (disk full, ...) rather than the wrapper.
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        if (writers.Length == 1)
        {
            return;
        }

        for (var i = 1; i < writers.Length; i++)
        {
            // AddIndexes takes each source's write lock.
            writers[i]!.Dispose();
            writers[i] = null;
        }

        Writer(0).AddIndexes(directories[1..]);
        Writer(0).Commit();
        for (var i = 1; i < paths.Length; i++)
        {
            directories[i].Dispose();
            System.IO.Directory.Delete(paths[i], recursive: true);
        }
    }

    /// <summary>Drops whatever was not committed and releases every write lock (which a failed commit would leak, LUCENENET #1284).</summary>
    public void Rollback()
    {
        for (var i = 0; i < writers.Length; i++)
        {
            writers[i]?.Rollback();
            writers[i] = null;
        }
    }

    public void Dispose()
    {
        for (var i = 0; i < writers.Length; i++)
        {
            writers[i]?.Dispose();
            writers[i] = null;
        }

        foreach (var directory in directories)
        {
            directory?.Dispose();
        }
    }

    private IndexWriter Writer(int part) => writers[part] ?? throw new ObjectDisposedException(nameof(PartitionedIndexWriter));
}
