using Lucene.Net.Search;
using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Searching;

/// <summary>
/// One pass of a query over the index: the best hits down to the end of the page asked for, in the sort asked for, the
/// total, and the drill-sideways facet counts, each slice of segments collected on its own and merged here.
/// </summary>
internal sealed class RankedHits
{
    private readonly Sort sorting;
    private readonly TopFieldCollector[] tops;
    private readonly ScoreDoc[]? kept;

    private RankedHits(Sort sorting, TopFieldCollector[] tops, int total, IReadOnlyList<FacetCounts> facets)
    {
        this.sorting = sorting;
        this.tops = tops;
        Total = total;
        Facets = facets;
    }

    private RankedHits(Sort sorting, ScoreDoc[] kept, int total, IReadOnlyList<FacetCounts> facets)
        : this(sorting, Array.Empty<TopFieldCollector>(), total, facets) => this.kept = kept;

    public int Total { get; }

    public IReadOnlyList<FacetCounts> Facets { get; }

    /// <summary>Collects <paramref name="query"/>, keeping the first <paramref name="wanted"/> hits of each slice, until <paramref name="budget"/> runs out.</summary>
    /// <param name="competitive">Whether a relevance sort's collectors get only the hits that enter their queues
    /// (<see cref="CompetitiveHits"/>); off only to compare with Lucene's collector alone.</param>
    public static RankedHits Collect(IndexSearcher searcher, Query query, FacetScope facets, Sort sorting, int wanted, List<DocSlice[]> slices, SearchBudget budget,
        bool competitive = true)
    {
        // Several slices merge their tops by sort values, which the collectors then have to keep.
        var tops = slices.Select(_ => TopFieldCollector.Create(sorting, wanted, slices.Count > 1, true, false, true)).ToArray();
        var hits = competitive && SearchSorts.IsRelevance(sorting)
            ? tops.Select(top => (ICollector)new CompetitiveHits(top, wanted)).ToArray()
            : tops;
        if (!facets.Counts)
        {
            SlicedSearch.Run(searcher.CreateNormalizedWeight(query), slices, hits, budget);
            return new RankedHits(sorting, tops, hits.Sum(h => h is CompetitiveHits c ? c.TotalHits : ((TopFieldCollector)h).TotalHits), []);
        }

        var filterSets = new SidewaysFilters(facets.Ordinals, facets.Sideways);
        var collectors = hits.Select(top => new DrillSidewaysCollector(filterSets, top, facets.Dimensions, searcher.IndexReader, facets.EveryDocument)).ToArray();
        SlicedSearch.Run(searcher.CreateNormalizedWeight(filterSets.Restrict(query)), slices, collectors, budget);
        foreach (var other in collectors.Skip(1))
        {
            collectors[0].Add(other);
        }

        return new RankedHits(sorting, tops, collectors[0].TotalHits, collectors[0].Results(facets.TopN));
    }

    /// <summary>
    /// The first <paramref name="depth"/> hits held as an array that any number of pages can read (a collector gives its
    /// hits once); call it before reading any page of this instance.
    /// </summary>
    public RankedHits Kept(int depth) => kept is null ? new RankedHits(sorting, Page(0, depth), Total, Facets) : this;

    /// <summary>The hits of one page, in order; empty past the last hit.</summary>
    public ScoreDoc[] Page(long start, int size)
    {
        if (start >= Total)
        {
            return [];
        }

        if (kept is not null)
        {
            return start >= kept.Length ? [] : kept[(int)start..(int)Math.Min(kept.Length, start + size)];
        }

        return tops.Length == 1
            ? tops[0].GetTopDocs((int)start, size).ScoreDocs
            : TopDocs.Merge(sorting, (int)start, size, tops.Select(t => (TopDocs)t.GetTopDocs()).ToArray()).ScoreDocs;
    }
}
