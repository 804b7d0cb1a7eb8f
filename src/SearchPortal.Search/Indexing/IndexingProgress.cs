namespace SearchPortal.Search.Indexing;

/// <summary>How far a rebuild or update has come: records read from the sources, indexed, skipped, and the phase it is in.</summary>
public sealed record IndexingProgress(int Read, int Indexed, int Skipped, TimeSpan Elapsed)
{
    /// <summary>The stage the run is in; reports come while indexing, then once as each later phase begins.</summary>
    public IndexingPhase Phase { get; init; } = IndexingPhase.Indexing;
}
