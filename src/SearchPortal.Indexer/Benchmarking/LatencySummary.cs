namespace SearchPortal.Indexer.Benchmarking;

/// <summary>Percentiles of one timed run's latencies, in milliseconds (linear interpolation between ranks, as the peers harness computes them).</summary>
internal sealed record LatencySummary(int Queries, double P50, double P95, double P99, double Mean)
{
    public static LatencySummary Of(IReadOnlyList<double> latenciesMs)
    {
        ArgumentNullException.ThrowIfNull(latenciesMs);
        if (latenciesMs.Count == 0)
        {
            throw new ArgumentException("A summary needs at least one latency.", nameof(latenciesMs));
        }

        var sorted = latenciesMs.Order().ToArray();
        return new LatencySummary(sorted.Length, Rank(sorted, 50), Rank(sorted, 95), Rank(sorted, 99), sorted.Average());
    }

    private static double Rank(double[] sorted, int percent)
    {
        var k = (sorted.Length - 1) * percent / 100.0;
        var low = (int)k;
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (k - low));
    }
}
