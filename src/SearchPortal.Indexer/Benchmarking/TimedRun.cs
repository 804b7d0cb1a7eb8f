namespace SearchPortal.Indexer.Benchmarking;

/// <summary>One timed run over a request list: every latency, the wall time from start to last finish, and the first pass's answers.</summary>
/// <param name="Threads">1 for the single-threaded run, else the number of concurrent workers.</param>
/// <param name="LatenciesMs">Every timed query's latency in milliseconds, in the order run (worker by worker when concurrent).</param>
/// <param name="FirstPass">The answers of the first pass, one per request in list order; null for a concurrent run.</param>
/// <param name="CpuSeconds">The CPU time of the whole process over the run (all its threads, garbage collection included):
/// on a machine shared with other work, the figure that moves least with the others' load.</param>
/// <param name="AllocatedBytes">The bytes the process allocated over the run (all its threads), which the garbage
/// collector has to reclaim: divided by the queries, the allocation rate issue 13 asks for.</param>
/// <param name="Collections">The garbage collections over the run (of any generation).</param>
/// <param name="PauseSeconds">The time the garbage collector held the process's threads still over the run.</param>
internal sealed record TimedRun(int Threads, double WallSeconds, IReadOnlyList<double> LatenciesMs, IReadOnlyList<QueryAnswer>? FirstPass, double CpuSeconds, long AllocatedBytes,
    int Collections, double PauseSeconds)
{
    /// <summary>A run of <paramref name="threads"/> that used <paramref name="use"/> of the process.</summary>
    public static TimedRun Of(int threads, double wallSeconds, IReadOnlyList<double> latenciesMs, IReadOnlyList<QueryAnswer>? firstPass, ProcessUse use) =>
        new(threads, wallSeconds, latenciesMs, firstPass, use.CpuSeconds, use.AllocatedBytes, use.Collections, use.PauseSeconds);

    /// <summary>The bytes allocated per timed query, on average.</summary>
    public double AllocatedBytesPerQuery => LatenciesMs.Count == 0 ? 0 : (double)AllocatedBytes / LatenciesMs.Count;
}
