using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// The facet data of one segment, shared by every request: each dimension's ordinals (read once), and the documents
/// carrying each recently filtered value as a bit set, so a filter costs a lookup instead of a pass over its postings.
/// Thread-safe. It holds no reader: a segment reopened with new deletions shares its core, and with it this entry,
/// while the reader it was first built from may be closed.
/// </summary>
internal sealed class SegmentFacets
{
    /// <summary>
    /// Value bit sets kept per segment: one bit per document (125 KB per million), so a few hundred values stay within
    /// tens of MB while covering every value an analyst clicks in a session of the portal.
    /// </summary>
    public const int ValueSetCapacity = 256;

    /// <summary>
    /// Row layouts kept per segment: each costs about 45 MB per million articles, and the portal asks for two lists of
    /// dimensions (about-values and mentions); a client asking for other lists counts them dimension by dimension.
    /// </summary>
    public const int RowLayoutCapacity = 4;

    private readonly ConcurrentDictionary<string, Lazy<DimensionOrdinals>> dimensions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<FacetRows?>> rows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LiveCensus> censuses = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Dimension, string Label), LinkedListNode<ValueSet>> valueSets = [];
    private readonly LinkedList<ValueSet> recency = new();
    private readonly Lock valueSetsLock = new();

    /// <summary>The ordinals of a dimension, read from <paramref name="reader"/> (a reader of this segment) on first use.</summary>
    public DimensionOrdinals Ordinals(AtomicReader reader, string dimension) =>
        dimensions.GetOrAdd(dimension, d => new Lazy<DimensionOrdinals>(() => DimensionOrdinals.Read(reader, d))).Value;

    /// <summary>
    /// The ordinals of <paramref name="dimensions"/> laid out per document, built on first use for that list of
    /// dimensions; null once <see cref="RowLayoutCapacity"/> other lists have theirs (count per dimension then).
    /// </summary>
    public FacetRows? Rows(AtomicReader reader, IReadOnlyList<string> dimensions)
    {
        var key = string.Join('\u001f', dimensions);
        if (!rows.TryGetValue(key, out var layout))
        {
            if (rows.Count >= RowLayoutCapacity)
            {
                return null;
            }

            layout = rows.GetOrAdd(key, _ => new Lazy<FacetRows?>(() => FacetRows.Join([.. dimensions.Select(d => Ordinals(reader, d))], reader.MaxDoc)));
        }

        return layout.Value;
    }

    /// <summary>
    /// How many live documents of the segment carry each ordinal of <paramref name="dimension"/>: the counts of a query
    /// matching every article, computed once per segment and deletion state instead of once per request.
    /// </summary>
    /// <remarks>
    /// A segment's deletions only grow, so its live document count names its live set: a reopened reader with new
    /// deletions (same core, fewer live documents) recounts, one without keeps the counts. The array is shared: callers
    /// must not change it.
    /// </remarks>
    public int[] LiveCounts(AtomicReader reader, string dimension)
    {
        var live = reader.NumDocs;
        if (censuses.TryGetValue(dimension, out var known) && known.LiveDocuments == live)
        {
            return known.Counts;
        }

        var census = new LiveCensus(live, Census(reader, Ordinals(reader, dimension)));
        censuses[dimension] = census;
        return census.Counts;
    }

    /// <summary>The documents of this segment carrying <paramref name="label"/> in <paramref name="dimension"/> (deleted ones included).</summary>
    /// <remarks>The set is shared: callers must not change it.</remarks>
    public FixedBitSet Documents(AtomicReader reader, string dimension, string label)
    {
        var key = (dimension, label);
        lock (valueSetsLock)
        {
            if (valueSets.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return node.Value.Documents;
            }
        }

        var documents = Collect(reader.MaxDoc, Ordinals(reader, dimension), label);
        lock (valueSetsLock)
        {
            if (valueSets.TryGetValue(key, out var raced))
            {
                return raced.Value.Documents;
            }

            valueSets[key] = recency.AddFirst(new ValueSet(key, documents));
            if (valueSets.Count > ValueSetCapacity)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                valueSets.Remove(oldest.Value.Key);
            }
        }

        return documents;
    }

    private static FixedBitSet Collect(int maxDoc, DimensionOrdinals ordinals, string label)
    {
        var documents = new FixedBitSet(maxDoc);
        var ord = ordinals.OrdinalOf(label);
        if (ord < 0)
        {
            return documents;
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (ordinals.Has(doc, ord))
            {
                documents.Set(doc);
            }
        }

        return documents;
    }

    private static int[] Census(AtomicReader reader, DimensionOrdinals ordinals)
    {
        var counts = new int[ordinals.Labels.Length];
        var liveDocs = reader.LiveDocs;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                ordinals.CountInto(doc, counts);
            }
        }

        return counts;
    }

    private sealed record LiveCensus(int LiveDocuments, int[] Counts);

    private sealed record ValueSet((string Dimension, string Label) Key, FixedBitSet Documents);
}
