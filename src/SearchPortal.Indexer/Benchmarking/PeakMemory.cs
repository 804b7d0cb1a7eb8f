using System.Globalization;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// The process's peak resident set (VmHWM) from /proc, with a reset between the stages of one run so that each stage
/// reports its own peak. Linux only; elsewhere the lifetime peak working set is all there is.
/// </summary>
internal static class PeakMemory
{
    private const string StatusPath = "/proc/self/status";
    private const string ClearRefsPath = "/proc/self/clear_refs";

    /// <summary>Peak resident bytes since the process started or since the last <see cref="Reset"/>.</summary>
    public static long Bytes()
    {
        if (File.Exists(StatusPath))
        {
            foreach (var line in File.ReadLines(StatusPath))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        return Environment.WorkingSet;
    }

    /// <summary>Starts a new peak measurement: writing 5 to clear_refs resets VmHWM to the current RSS (proc(5)).</summary>
    /// <returns>False where the kernel does not allow it; the peak is then the lifetime peak.</returns>
    public static bool Reset()
    {
        if (!File.Exists(ClearRefsPath))
        {
            return false;
        }

        try
        {
            File.WriteAllText(ClearRefsPath, "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
