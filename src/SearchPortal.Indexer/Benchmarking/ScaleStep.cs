namespace SearchPortal.Indexer.Benchmarking;

/// <summary>What one size of a scale run measured: the build, then latencies per variant and filter set.</summary>
/// <param name="Articles">Articles indexed (the scaled corpus, derived ids included).</param>
/// <param name="TextBytes">UTF-8 bytes of title + text indexed.</param>
/// <param name="BuildSeconds">From the first record read to the checked, switched generation.</param>
/// <param name="BuildPeakBytes">Peak resident memory of the process during the build.</param>
/// <param name="IndexBytes">Size of the index on disk.</param>
/// <param name="QueryPeakBytes">Peak resident memory while querying.</param>
internal sealed record ScaleStep(
    int Size,
    int Articles,
    long TextBytes,
    double BuildSeconds,
    long BuildPeakBytes,
    long IndexBytes,
    IReadOnlyList<ScaleLatency> Latencies,
    long QueryPeakBytes)
{
    public double ArticlesPerSecond => Articles / BuildSeconds;

    public double MegabytesPerSecond => TextBytes / 1e6 / BuildSeconds;
}
