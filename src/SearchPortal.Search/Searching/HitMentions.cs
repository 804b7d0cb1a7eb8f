namespace SearchPortal.Search.Searching;

/// <summary>The facet values an article only mentions, per dimension with roles.</summary>
public sealed record HitMentions(
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Formats,
    IReadOnlyList<string> Officials);
