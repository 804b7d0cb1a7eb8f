namespace SearchPortal.Search.Indexing;

/// <summary>A record that did not make it into the index, and why.</summary>
public sealed record SkippedRecord(string Origin, string? Id, string Reason);
