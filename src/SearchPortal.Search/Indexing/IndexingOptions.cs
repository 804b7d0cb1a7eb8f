using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace SearchPortal.Search.Indexing;

/// <summary>Tuning of rebuilds and updates: worker threads that annotate and index, and the writer's RAM buffer.</summary>
public sealed record IndexingOptions(int Workers = 2, double RamBufferMb = 256)
{
    public static readonly IndexingOptions Default = new();

    internal IndexWriterConfig WriterConfig(Analyzer analyzer, OpenMode mode) => new(Analysis.ArticleAnalyzer.Version, analyzer)
    {
        OpenMode = mode,
        RAMBufferSizeMB = RamBufferMb,
        Similarity = new Searching.ArticleSimilarity(),
    };
}
