using System.Collections.Concurrent;
using System.Diagnostics;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Search.Indexing;

/// <summary>The bookkeeping of one rebuild or update, shared by its worker threads: counts, skipped records, ids seen.</summary>
internal sealed class IndexRun
{
    private readonly Func<Article, AnnotatedArticle> annotate;
    private readonly ConcurrentQueue<SkippedRecord> skipped = new();
    private readonly ConcurrentDictionary<string, byte> seenIds = new(StringComparer.Ordinal);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int read;
    private int indexed;
    private int skippedCount;

    public IndexRun(Func<Article, AnnotatedArticle> annotate) => this.annotate = annotate;

    public int Read => Volatile.Read(ref read);

    public int Indexed => Volatile.Read(ref indexed);

    /// <summary>Distinct articles the sources yielded, whether or not they were written.</summary>
    public int Articles => seenIds.Count;

    public TimeSpan Elapsed => clock.Elapsed;

    public IReadOnlyList<SkippedRecord> Skipped => skipped.ToList();

    /// <summary>Ids of records skipped as unreadable or unannotatable: an update must not remove them.</summary>
    public ConcurrentDictionary<string, byte> ProtectedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>True once a skipped record carried no id, so any indexed id might be its.</summary>
    public bool SkippedWithoutId { get; private set; }

    /// <summary>The refusal of a run whose sources yielded nothing to index: the live index is kept as it is.</summary>
    public static InvalidOperationException NothingIndexable() =>
        new("The sources yielded no indexable article; the live index was kept.");

    public void CountRead() => Interlocked.Increment(ref read);

    public void CountIndexed() => Interlocked.Increment(ref indexed);

    public bool WasSeen(string id) => seenIds.ContainsKey(id);

    public IndexingProgress Progress(IndexingPhase phase = IndexingPhase.Indexing) =>
        new(Read, Indexed, Volatile.Read(ref skippedCount), clock.Elapsed) { Phase = phase };

    public void Skip(IngestRecord record, string reason)
    {
        skipped.Enqueue(new SkippedRecord(record.Origin, record.Id, reason));
        Interlocked.Increment(ref skippedCount);
        if (record.Id is { Length: > 0 } id)
        {
            ProtectedIds.TryAdd(id, 0);
        }
        else
        {
            SkippedWithoutId = true;
        }
    }

    /// <summary>Annotates a readable record; otherwise records why it is skipped and returns null.</summary>
    /// <remarks>Duplicate ids are the reader's to skip (<see cref="ArticleSourceReader"/>, in reading order, naming the first origin).</remarks>
    public AnnotatedArticle? Annotate(IngestRecord record)
    {
        if (record.Article is not { } article)
        {
            Skip(record, record.SkipReason ?? "unreadable");
            return null;
        }

        seenIds.TryAdd(article.Id, 0);
        try
        {
            return annotate(article);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Skip(record, $"annotation failed: {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }
}
