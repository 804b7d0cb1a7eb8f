namespace SearchPortal.Search.Searching;

/// <summary>What the live searcher reads: its generation and commit, so answers computed on it can tell they are stale.</summary>
/// <param name="Generation">The generation directory, new with every rebuild switched in.</param>
/// <param name="Commit">The version of the commit read, new with every in-place update.</param>
/// <param name="Articles">How many articles that commit holds.</param>
public sealed record IndexVersion(string Generation, long Commit, int Articles);
