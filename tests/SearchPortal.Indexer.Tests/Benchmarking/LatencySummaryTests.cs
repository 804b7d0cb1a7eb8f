using SearchPortal.Indexer.Benchmarking;

namespace SearchPortal.Indexer.Tests.Benchmarking;

public sealed class LatencySummaryTests
{
    [Test]
    public void Percentiles_interpolate_between_ranks_as_the_peers_harness_does()
    {
        // summarize.py: k = (n - 1) * p / 100, then linear between the neighbours of k.
        var summary = LatencySummary.Of([4.0, 1.0, 3.0, 2.0]);

        Assert.That(summary.P50, Is.EqualTo(2.5).Within(1e-9));
        Assert.That(summary.P95, Is.EqualTo(3.85).Within(1e-9));
        Assert.That(summary.P99, Is.EqualTo(3.97).Within(1e-9));
        Assert.That(summary.Mean, Is.EqualTo(2.5).Within(1e-9));
        Assert.That(summary.Queries, Is.EqualTo(4));
    }

    [Test]
    public void A_single_latency_is_every_percentile()
    {
        var summary = LatencySummary.Of([0.7]);

        Assert.That(new[] { summary.P50, summary.P95, summary.P99 }, Is.All.EqualTo(0.7));
    }

    [Test]
    public void No_latencies_is_refused()
    {
        Assert.That(() => LatencySummary.Of([]), Throws.ArgumentException);
    }
}
