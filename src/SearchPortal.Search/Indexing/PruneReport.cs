namespace SearchPortal.Search.Indexing;

/// <summary>What a prune kept and deleted.</summary>
/// <param name="Live">The live generation, always kept.</param>
/// <param name="Kept">The generations left, oldest first, the live one last.</param>
/// <param name="Removed">The generations deleted.</param>
/// <param name="Undeleted">Those the file system refused to delete (e.g. held open on Windows); a later prune retries.</param>
public sealed record PruneReport(string Live, IReadOnlyList<string> Kept, IReadOnlyList<string> Removed, IReadOnlyList<string> Undeleted);
