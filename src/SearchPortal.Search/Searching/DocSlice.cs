using Lucene.Net.Index;

namespace SearchPortal.Search.Searching;

/// <summary>Documents [From, To) of one segment, as one thread searches them (whole segments: From 0, To MaxDoc).</summary>
internal readonly record struct DocSlice(AtomicReaderContext Leaf, int From, int To);
