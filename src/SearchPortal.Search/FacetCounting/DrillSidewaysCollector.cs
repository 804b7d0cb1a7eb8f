using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// One pass over the documents that match the query and all facet filters but at most one. A document that passes every
/// filter is a hit: it goes to the hit collector and counts in every dimension. A document that fails exactly one filter
/// counts only in that filter's dimension, which gives the drill-sideways counts of selected dimensions. Run it over
/// <see cref="SidewaysFilters.Restrict"/>: the query narrowed to those documents. Without filters it is a plain
/// counter: every collected document is a hit and counts in every dimension. When the query matches every live
/// document and nothing filters, the counts come from each segment's cached census instead of one count per document.
/// </summary>
internal sealed class DrillSidewaysCollector : ICollector
{
    private readonly ICollector? hits;
    private readonly IReadOnlyList<FacetFilter> filters;
    private readonly FacetOrdinalCache cache;
    private readonly SidewaysFilters sideways;
    private readonly DimensionCounter[] counters;
    private readonly DimensionCounter[] filterCounters;
    private readonly bool everyDocument;
    private readonly IndexReader reader;
    private readonly IReadOnlyList<string> dimensions;
    private FixedBitSet[] filterBits = [];

    // The current segment's counts of every dimension side by side, and its row layout when it has one.
    private int[] segmentCounts = [];
    private int[]? rowStarts;
    private ushort[] rowSlots = [];

    /// <summary>One of several collectors of a search cut into slices, all over the same request's filters.</summary>
    /// <param name="sideways">The request's filters over the facet data of the index's segments.</param>
    /// <param name="hits">Receives the documents that pass every filter; null to count only.</param>
    /// <param name="dimensions">The dimensions to count; each filter must name one of them.</param>
    /// <param name="everyDocument">The search collects every live document (an empty query, no filter at all).</param>
    /// <param name="reader">The top-level reader searched: the collector only sees its leaves.</param>
    internal DrillSidewaysCollector(SidewaysFilters sideways, ICollector? hits, IReadOnlyList<string> dimensions, IndexReader reader, bool everyDocument = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.everyDocument = everyDocument && sideways?.Filters.Count == 0;
        this.sideways = sideways ?? throw new ArgumentNullException(nameof(sideways));
        this.hits = hits;
        cache = sideways.Cache;
        filters = sideways.Filters;
        this.reader = reader;
        this.dimensions = dimensions;
        counters = dimensions.Select(d => new DimensionCounter(d, sideways.Cache.Global(reader, d))).ToArray();
        filterCounters = filters.Select(f => counters.First(c => c.Dimension == f.Dimension)).ToArray();
    }

    /// <summary>
    /// The counts of every live document of <paramref name="reader"/> in <paramref name="dimensions"/>, each ranked to
    /// <paramref name="topN"/> values, with facet data of their own: for one-off counts such as an index census.
    /// </summary>
    internal static IReadOnlyList<FacetCounts> CountAll(IndexReader reader, IReadOnlyList<string> dimensions, int topN)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counter = new DrillSidewaysCollector(new SidewaysFilters(new FacetOrdinalCache(), []), null, dimensions, reader, everyDocument: true);
        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), counter);
        return counter.Results(topN);
    }

    /// <summary>Documents that matched the query and every filter.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits?.SetNextReader(context);
        if (!ReferenceEquals(ReaderUtil.GetTopLevelContext(context).Reader, reader))
        {
            throw new InvalidOperationException("The collector was given a segment of another reader than the one it counts for.");
        }

        // Every counter folds the last segment before any counts into the (maybe shared) array again.
        foreach (var counter in counters)
        {
            counter.Finish();
        }

        var segment = context.AtomicReader;
        var facets = cache.For(segment);
        var ordinals = counters.Select(c => facets.Ordinals(segment, c.Dimension)).ToArray();
        var rows = everyDocument || counters.Length == 0 ? null : facets.Rows(segment, dimensions);
        rowStarts = rows?.Starts;
        rowSlots = rows?.Slots ?? [];
        var width = ordinals.Sum(o => o.Labels.Length);
        if (segmentCounts.Length < width)
        {
            segmentCounts = new int[width];
        }

        for (int i = 0, from = 0; i < counters.Length; from += ordinals[i].Labels.Length, i++)
        {
            counters[i].SetNextSegment(ordinals[i], counters[i].Global.SegmentMap(context.Ord), segmentCounts, from);
            if (everyDocument)
            {
                counters[i].CountAll(facets.LiveCounts(segment, counters[i].Dimension));
            }
        }

        filterBits = sideways.For(segment);
    }

    public void Collect(int doc)
    {
        var missed = -1;
        var bits = filterBits;
        for (var i = 0; i < bits.Length; i++)
        {
            if (!bits[i].Get(doc))
            {
                if (missed >= 0)
                {
                    return;
                }

                missed = i;
            }
        }

        if (missed >= 0)
        {
            filterCounters[missed].Count(doc);
            return;
        }

        TotalHits++;
        hits?.Collect(doc);
        if (everyDocument)
        {
            return;
        }

        if (rowStarts is { } starts)
        {
            var slots = rowSlots;
            var counts = segmentCounts;
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                counts[slots[k]]++;
            }

            return;
        }

        foreach (var counter in counters)
        {
            counter.Count(doc);
        }
    }

    /// <summary>Adds what <paramref name="other"/> (a collector of another slice of the same search) counted.</summary>
    internal void Add(DrillSidewaysCollector other)
    {
        TotalHits += other.TotalHits;
        for (var i = 0; i < counters.Length; i++)
        {
            counters[i].Add(other.counters[i]);
        }
    }

    /// <summary>The counts per dimension, each ranked to <paramref name="topN"/> values with the selected values always included.</summary>
    public IReadOnlyList<FacetCounts> Results(int topN)
    {
        var results = new List<FacetCounts>(counters.Length);
        foreach (var counter in counters)
        {
            counter.Finish();
            var selected = filters.FirstOrDefault(f => f.Dimension == counter.Dimension)?.Values ?? [];
            results.Add(FacetRanking.Rank(counter.Dimension, counter.Global, counter.Totals, selected, topN));
        }

        return results;
    }
}
