namespace SearchPortal.Search.Indexing;

/// <summary>How far a rebuild or update has come: records read from the sources, indexed, skipped.</summary>
public sealed record IndexingProgress(int Read, int Indexed, int Skipped, TimeSpan Elapsed);
