using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// One pass over the documents that match the query and all facet filters but at most one. A document that passes every
/// filter is a hit: it goes to the hit collector and counts in every dimension. A document that fails exactly one filter
/// counts only in that filter's dimension, which gives the drill-sideways counts of selected dimensions.
/// </summary>
public sealed class DrillSidewaysCollector : ICollector
{
    private readonly ICollector? hits;
    private readonly IReadOnlyList<FacetFilter> filters;
    private readonly Weight[] filterWeights;
    private readonly DimensionCounter[] counters;
    private readonly DimensionCounter[] filterCounters;
    private readonly FixedBitSet[] filterBits;

    /// <param name="hits">Receives the documents that pass every filter; null to count only.</param>
    /// <param name="dimensions">The dimensions to count.</param>
    /// <param name="filters">The selections; each must name one of <paramref name="dimensions"/>.</param>
    public DrillSidewaysCollector(IndexSearcher searcher, ICollector? hits, IReadOnlyList<string> dimensions, IReadOnlyList<FacetFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        this.hits = hits;
        this.filters = filters;
        counters = dimensions.Select(DimensionCounter.For).ToArray();
        filterCounters = filters.Select(f => counters.First(c => c.Dimension == f.Dimension)).ToArray();
        filterWeights = filters.Select(f => searcher.CreateNormalizedWeight(f.ToQuery())).ToArray();
        filterBits = new FixedBitSet[filters.Count];
    }

    /// <summary>Documents that matched the query and every filter.</summary>
    public int TotalHits { get; private set; }

    /// <summary>The query to run with this collector: the user query plus the filters, all but one of which must match.</summary>
    public static Query WidenedQuery(Query query, IReadOnlyList<FacetFilter> filters)
    {
        if (filters.Count == 0)
        {
            return query;
        }

        // Zero-boost constant-score clauses and no coord: the filters select documents without touching their scores.
        var widened = new BooleanQuery(disableCoord: true) { { query, Occur.MUST } };
        foreach (var filter in filters)
        {
            widened.Add(new ConstantScoreQuery(filter.ToQuery()) { Boost = 0f }, Occur.SHOULD);
        }

        widened.MinimumNumberShouldMatch = filters.Count - 1;
        return widened;
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits?.SetNextReader(context);
        var reader = context.AtomicReader;
        foreach (var counter in counters)
        {
            counter.SetNextReader(reader);
        }

        for (var i = 0; i < filterWeights.Length; i++)
        {
            var bits = filterBits[i] is { } existing && existing.Length == reader.MaxDoc ? existing : new FixedBitSet(reader.MaxDoc);
            bits.Clear(0, bits.Length);
            var matches = filterWeights[i].GetScorer(context, reader.LiveDocs);
            if (matches is not null)
            {
                int doc;
                while ((doc = matches.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    bits.Set(doc);
                }
            }

            filterBits[i] = bits;
        }
    }

    public void Collect(int doc)
    {
        var missed = -1;
        for (var i = 0; i < filterBits.Length; i++)
        {
            if (!filterBits[i].Get(doc))
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
        foreach (var counter in counters)
        {
            counter.Count(doc);
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
            results.Add(FacetRanking.Rank(counter.Dimension, counter.Counts, selected, topN));
        }

        return results;
    }
}
