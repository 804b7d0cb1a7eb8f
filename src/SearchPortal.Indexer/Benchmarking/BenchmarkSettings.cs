namespace SearchPortal.Indexer.Benchmarking;

/// <summary>How long a query benchmark warms up and measures, and how many workers its concurrent run starts.</summary>
/// <param name="WarmupPasses">Untimed passes over the requests before a timed run: at least this many ...</param>
/// <param name="WarmupTime">... and at least this long (the JIT needs seconds of querying to settle).</param>
/// <param name="MinTime">A timed run repeats whole passes until this much time has gone by (at least one pass).</param>
/// <param name="Workers">Threads of the concurrent run, each starting its passes at its own offset.</param>
internal sealed record BenchmarkSettings(int WarmupPasses, TimeSpan WarmupTime, TimeSpan MinTime, int Workers);
