using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// The <see cref="SegmentFacets"/> of every open segment, keyed by the segment's core so that a segment keeps its
/// entry across reopens (new deletions change no ordinal) and drops it once no reader holds the segment. One per index;
/// thread-safe.
/// </summary>
internal sealed class FacetOrdinalCache
{
    private readonly ConditionalWeakTable<object, SegmentFacets> segments = [];
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Lazy<GlobalOrdinals>>> opened = [];

    internal SegmentFacets For(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return segments.GetValue(reader.CoreCacheKey, _ => new SegmentFacets());
    }

    /// <summary>
    /// The ordinals of <paramref name="dimension"/> joined over the segments of <paramref name="reader"/> (a top-level
    /// reader), built on first use and kept while the reader lives.
    /// </summary>
    internal GlobalOrdinals Global(IndexReader reader, string dimension)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var dimensions = opened.GetValue(reader, _ => new ConcurrentDictionary<string, Lazy<GlobalOrdinals>>(StringComparer.Ordinal));
        return dimensions.GetOrAdd(dimension, d => new Lazy<GlobalOrdinals>(() => GlobalOrdinals.Read(reader, d, this))).Value;
    }

    /// <summary>Lays out the ordinals of <paramref name="dimensions"/> per document (<see cref="FacetRows"/>) for every segment of <paramref name="reader"/> now.</summary>
    public void WarmRows(IndexReader reader, IReadOnlyList<string> dimensions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var leaf in reader.Leaves)
        {
            For(leaf.AtomicReader).Rows(leaf.AtomicReader, dimensions);
        }
    }

    /// <summary>Reads the ordinals of <paramref name="dimensions"/> for every segment of <paramref name="reader"/> now,
    /// so that a new searcher's first requests do not pay for it.</summary>
    public void Warm(IndexReader reader, IEnumerable<string> dimensions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var wanted = dimensions.ToList();
        foreach (var leaf in reader.Leaves)
        {
            var facets = For(leaf.AtomicReader);
            foreach (var dimension in wanted)
            {
                facets.Ordinals(leaf.AtomicReader, dimension);
            }
        }

        foreach (var dimension in wanted)
        {
            Global(reader, dimension);
        }
    }
}
