using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace SearchPortal.Search.Indexing;

/// <summary>Tuning of rebuilds and updates: worker threads that annotate and index, and the writer's RAM buffer.</summary>
/// <remarks>
/// The buffer is shared by the workers' segments. When it fills, the worker owning the largest segment flushes it while
/// the other keeps indexing; a commit flushes whatever is left on the committing thread alone. With 256 MB the whole
/// mixed corpus (189 MB buffered) waited for that serial flush at the end, about 7 s; with 64 MB the workers flush
/// about six segments along the way (below the merge policy's ten per tier, so nothing is merged) and the commit
/// flushes one or two small ones.
/// </remarks>
public sealed record IndexingOptions(int Workers = 2, double RamBufferMb = 64)
{
    public static readonly IndexingOptions Default = new();

    internal IndexWriterConfig WriterConfig(Analyzer analyzer, OpenMode mode) => new(Analysis.ArticleAnalyzer.Version, analyzer)
    {
        OpenMode = mode,
        RAMBufferSizeMB = RamBufferMb,
        Similarity = new Searching.ArticleSimilarity(),

        // A rebuild writes a few large segments once: copying each into a compound file only rewrites all of it.
        // An update adds small segments to a live index, where one file per segment keeps the file count down.
        UseCompoundFile = mode != OpenMode.CREATE,
    };
}
