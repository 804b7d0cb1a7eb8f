using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace SearchPortal.Search.Indexing;

/// <summary>Tuning of rebuilds and updates: worker threads that annotate and index, and the writers' RAM buffer.</summary>
/// <param name="RamBufferMb">The buffer of an update's writer; a rebuild gives each worker's writer an equal share.
/// The mixed corpus buffers more than 256 MB in all (2026-12-07; 189 MB before the name keys and title words), so 512 MB
/// lets each of two workers flush once, when the rebuild commits: at 256 MB each flushed twice, and four segments
/// instead of two made every query look each term up and open its postings twice as often.</param>
public sealed record IndexingOptions(int Workers = 2, double RamBufferMb = 512)
{
    public static readonly IndexingOptions Default = new();

    internal IndexWriterConfig WriterConfig(Analyzer analyzer, OpenMode mode, int writers = 1) => new(Analysis.ArticleAnalyzer.Version, analyzer)
    {
        OpenMode = mode,
        RAMBufferSizeMB = RamBufferMb / writers,
        Similarity = new Schema.ArticleSimilarity(),

        // A rebuild writes a few large segments once: copying each into a compound file only rewrites all of it.
        // An update adds small segments to a live index, where one file per segment keeps the file count down.
        UseCompoundFile = mode != OpenMode.CREATE,
    };
}
