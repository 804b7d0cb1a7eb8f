using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// The facet filters of one request as bit sets per segment, from the shared value sets: a filter's documents are
/// the OR of its values. Also the candidates of a drill-sideways pass (documents passing all filters but at most one)
/// as a Lucene filter, so the text query only visits those. Per request; thread-safe, so that the slices of one
/// search share it.
/// </summary>
internal sealed class SidewaysFilters
{
    private readonly FacetOrdinalCache cache;
    private readonly IReadOnlyList<FacetFilter> filters;
    private readonly Dictionary<object, FixedBitSet[]> bySegment = new(ReferenceEqualityComparer.Instance);
    private readonly Lock bySegmentLock = new();

    public SidewaysFilters(FacetOrdinalCache cache, IReadOnlyList<FacetFilter> filters)
    {
        this.cache = cache;
        this.filters = filters;
    }

    public FacetOrdinalCache Cache => cache;

    public IReadOnlyList<FacetFilter> Filters => filters;

    /// <summary>Per filter, the documents of the segment it passes (deleted ones included); callers must not change them.</summary>
    public FixedBitSet[] For(AtomicReader reader)
    {
        lock (bySegmentLock)
        {
            if (bySegment.TryGetValue(reader.CoreCacheKey, out var known))
            {
                return known;
            }
        }

        var facets = cache.For(reader);
        var sets = new FixedBitSet[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            sets[i] = Passing(reader, facets, filters[i]);
        }

        lock (bySegmentLock)
        {
            return bySegment.TryAdd(reader.CoreCacheKey, sets) ? sets : bySegment[reader.CoreCacheKey];
        }
    }

    /// <summary>
    /// The query restricted to documents passing all filters but at most one, scoring as the query alone; the query
    /// itself when there are fewer than two filters (then every document of the query counts somewhere).
    /// </summary>
    public Query Restrict(Query query) => filters.Count < 2 ? query : new FilteredQuery(query, new Candidates(this), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);

    private static FixedBitSet Passing(AtomicReader reader, SegmentFacets facets, FacetFilter filter)
    {
        FixedBitSet? union = null;
        FixedBitSet? only = null;
        var field = Schema.FacetFields.For(filter.Dimension);
        var labels = facets.Ordinals(reader, filter.Dimension).Labels;
        foreach (var label in filter.Values.SelectMany(value => field.LabelsOf(value, labels)).Distinct(StringComparer.Ordinal))
        {
            var documents = facets.Documents(reader, filter.Dimension, label);
            if (only is null && union is null)
            {
                only = documents;
                continue;
            }

            // Several values: a private union, since the shared sets must stay as they are.
            union ??= only!.Clone();
            union.Or(documents);
        }

        return union ?? only ?? new FixedBitSet(reader.MaxDoc);
    }

    /// <summary>The documents of a segment passing at least all filters but one, live ones only.</summary>
    private sealed class Candidates(SidewaysFilters owner) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var sets = owner.For(context.AtomicReader);
            var candidates = new FixedBitSet(context.AtomicReader.MaxDoc);
            var into = candidates.GetBits();
            var n = sets.Length;
            var bits = new long[n][];
            for (var i = 0; i < n; i++)
            {
                bits[i] = sets[i].GetBits();
            }

            // Per 64-document word: "all but at most one" = all of them, or all except filter i for some i.
            for (var w = 0; w < into.Length; w++)
            {
                long atLeast = 0;
                for (var skip = 0; skip < n; skip++)
                {
                    var all = -1L;
                    for (var i = 0; i < n; i++)
                    {
                        if (i != skip)
                        {
                            all &= bits[i][w];
                        }
                    }

                    atLeast |= all;
                }

                into[w] = atLeast;
            }

            return BitsFilteredDocIdSet.Wrap(candidates, acceptDocs);
        }
    }
}
