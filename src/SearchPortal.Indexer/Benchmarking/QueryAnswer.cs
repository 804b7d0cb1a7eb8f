namespace SearchPortal.Indexer.Benchmarking;

/// <summary>What one query of a first timed pass found: its total hit count and the ids of the page of hits, in rank order.</summary>
internal sealed record QueryAnswer(int Total, IReadOnlyList<string> TopIds);
