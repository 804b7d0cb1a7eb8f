namespace SearchPortal.Search.Indexing;

/// <summary>The outcome of an incremental update of the live generation.</summary>
/// <param name="RemovalsWithheld">True when a skipped record had no id: nothing was removed, since it might be that one.</param>
/// <param name="Rebuilt">True when there was no index yet and the update ran as a rebuild.</param>
public sealed record UpdateReport(
    string Generation,
    int Added,
    int Replaced,
    int Unchanged,
    int Removed,
    IReadOnlyList<SkippedRecord> Skipped,
    bool RemovalsWithheld,
    bool Rebuilt,
    TimeSpan Elapsed);
