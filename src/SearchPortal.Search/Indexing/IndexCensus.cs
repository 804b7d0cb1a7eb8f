using Lucene.Net.Index;
using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Indexing;

/// <summary>What an index holds: documents per language and the most frequent values of every facet dimension.</summary>
internal sealed record IndexCensus(IReadOnlyDictionary<string, int> Languages, IReadOnlyList<FacetCounts> TopFacets)
{
    public static IndexCensus Take(IndexReader reader, int topN)
    {
        var all = DrillSidewaysCollector.CountAll(reader, FacetDimension.All, int.MaxValue);
        var languages = all.First(f => f.Dimension == FacetDimension.Language).Values
            .ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
        var top = all
            .Select(f => new FacetCounts(f.Dimension, f.Values.Take(topN).ToList(), f.Others + Math.Max(0, f.Values.Count - topN)))
            .ToList();
        return new IndexCensus(languages, top);
    }
}
