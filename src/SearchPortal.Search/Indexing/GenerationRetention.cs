namespace SearchPortal.Search.Indexing;

/// <summary>
/// The one owner of which generations an index root keeps: the live one, the previous one (the newest older than it,
/// for rolling back by hand), and nothing else. Whatever else lies there was left by a killed run, half-built or never
/// switched in, and goes at the start of the next run, under the write lock.
/// </summary>
internal static class GenerationRetention
{
    /// <summary>
    /// The generation to keep beside a newly built one: the live generation, or, when CURRENT cannot be followed, the
    /// newest complete one, so that a garbage pointer never costs the last good generation.
    /// </summary>
    public static string? PreviousBeside(IndexLocation location, string built)
    {
        if (LiveOrNull(location) is { } live)
        {
            return live;
        }

        return location.Generations().Where(g => g != built && location.IsComplete(g)).LastOrDefault();
    }

    /// <summary>
    /// Deletes the pointer's temp files and every generation that is neither live nor the previous one. When CURRENT
    /// cannot be followed, only generations that never completed go: a complete one may be the last good copy.
    /// </summary>
    /// <returns>The generations deleted.</returns>
    public static IReadOnlyList<string> RemoveLeftovers(IndexLocation location)
    {
        foreach (var temp in location.PointerTempFiles().ToList())
        {
            TryDeleteFile(temp);
        }

        var generations = location.Generations();
        var live = LiveOrNull(location);
        IEnumerable<string> leftovers;
        if (live is null)
        {
            leftovers = generations.Where(g => !location.IsComplete(g));
        }
        else
        {
            var previous = generations.Where(g => string.CompareOrdinal(g, live) < 0).LastOrDefault();
            leftovers = generations.Where(g => g != live && g != previous);
        }

        return leftovers.ToList().Where(location.TryDelete).ToList();
    }

    /// <summary>The live generation when CURRENT names one that exists; null otherwise (no pointer, garbage, vanished).</summary>
    public static string? LiveOrNull(IndexLocation location)
    {
        try
        {
            return location.CurrentGenerationPath() is null ? null : location.CurrentGeneration();
        }
        catch (IndexPointerException)
        {
            return null;
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still held by a writer on another system, or read-only: the next run tries again, and it harms nothing.
            System.Diagnostics.Trace.TraceWarning($"Could not delete the leftover pointer file {path}: {ex.Message}");
        }
    }
}
