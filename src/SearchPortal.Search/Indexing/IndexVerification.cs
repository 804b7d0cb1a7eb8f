namespace SearchPortal.Search.Indexing;

/// <summary>The verdict of CheckIndex over one generation.</summary>
/// <param name="Problems">What CheckIndex found wrong, one line each; empty when <paramref name="Ok"/>.</param>
public sealed record IndexVerification(string? Generation, bool Ok, IReadOnlyList<string> Problems, int Segments, int Documents);
