namespace SearchPortal.Indexer.Benchmarking;

/// <summary>How building one size of a scale run went.</summary>
/// <param name="Articles">Articles indexed.</param>
/// <param name="TextBytes">UTF-8 bytes of title + text indexed.</param>
/// <param name="Seconds">From the first record read to the checked, switched generation.</param>
/// <param name="PeakBytes">Peak resident memory of the process during the build.</param>
internal sealed record ScaleBuild(int Articles, long TextBytes, double Seconds, long PeakBytes)
{
    public double ArticlesPerSecond => Articles / Seconds;

    public double MegabytesPerSecond => TextBytes / 1e6 / Seconds;
}
