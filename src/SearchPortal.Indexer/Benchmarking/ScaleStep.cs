namespace SearchPortal.Indexer.Benchmarking;

/// <summary>What one size of a scale run measured: the build (unless an existing index was reused), then latencies per variant and filter set.</summary>
/// <param name="Articles">Articles in the index measured (the scaled corpus, derived ids included).</param>
/// <param name="Build">The build's figures; null when the index was already built and only measured.</param>
/// <param name="IndexBytes">Size of the index on disk.</param>
/// <param name="QueryPeakBytes">Peak resident memory while querying.</param>
internal sealed record ScaleStep(
    int Size,
    int Articles,
    ScaleBuild? Build,
    long IndexBytes,
    IReadOnlyList<ScaleLatency> Latencies,
    long QueryPeakBytes);
