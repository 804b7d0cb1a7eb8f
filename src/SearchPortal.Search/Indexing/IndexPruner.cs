namespace SearchPortal.Search.Indexing;

/// <summary>Drops old generations so that a rebuild fits a tight disk; never the live one, and only under the write lock.</summary>
public sealed class IndexPruner
{
    private readonly IndexLocation location;

    public IndexPruner(IndexLocation location) => this.location = location ?? throw new ArgumentNullException(nameof(location));

    /// <summary>Keeps the live generation and the newest <paramref name="keep"/> - 1 older ones; deletes the rest and any leftovers.</summary>
    /// <param name="keep">How many generations to keep, the live one included; at least 1.</param>
    /// <exception cref="NoIndexException">Nothing is live under the root.</exception>
    /// <exception cref="IndexPointerException">CURRENT cannot be followed, so the live generation is unknown: nothing is deleted.</exception>
    /// <exception cref="IndexBusyException">A rebuild, update or verify holds the lock.</exception>
    public PruneReport Prune(int keep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        location.LiveGeneration();
        using var held = IndexWriteLock.Acquire(location);
        var (live, _) = location.LiveGeneration();
        var older = location.Generations().Where(g => string.CompareOrdinal(g, live) < 0).ToList();
        var kept = older.Skip(Math.Max(0, older.Count - (keep - 1))).Append(live).ToList();
        var before = location.Generations();
        var undeleted = location.Prune([.. kept]);
        var freed = before.Except(kept).Except(undeleted).ToList();
        return new PruneReport(live, kept, freed, undeleted);
    }
}
