namespace SearchPortal.Indexer.Benchmarking;

/// <summary>One variant under one filter set at one size: its latency percentiles and the median hit count.</summary>
internal sealed record ScaleLatency(string Variant, ScaleFilters Filters, LatencySummary Summary, int MedianHits);
