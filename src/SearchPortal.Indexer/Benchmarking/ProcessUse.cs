using System.Diagnostics;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// The process's running totals of CPU time, allocated bytes and garbage collections at one moment: the difference of
/// two says what a timed run cost beyond its wall time.
/// </summary>
internal readonly record struct ProcessUse(double CpuSeconds, long AllocatedBytes, int Collections, double PauseSeconds)
{
    /// <summary>The totals now.</summary>
    public static ProcessUse Now()
    {
        using var process = Process.GetCurrentProcess();

        // Collections of generation 0 count every collection: an older generation's collects the younger ones too.
        return new ProcessUse(process.TotalProcessorTime.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0),
            GC.GetTotalPauseDuration().TotalSeconds);
    }

    /// <summary>What the process used from <paramref name="start"/> to this moment.</summary>
    public ProcessUse Since(ProcessUse start) =>
        new(CpuSeconds - start.CpuSeconds, AllocatedBytes - start.AllocatedBytes, Collections - start.Collections, PauseSeconds - start.PauseSeconds);
}
