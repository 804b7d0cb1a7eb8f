using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;

namespace SearchPortal.Search.Indexing;

/// <summary>What an index holds: documents per language and the most frequent values of every facet dimension.</summary>
internal sealed record IndexCensus(IReadOnlyDictionary<string, int> Languages, IReadOnlyList<FacetCounts> TopFacets)
{
    public static IndexCensus Take(IndexReader reader, int topN)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new Searching.ArticleSimilarity() };
        var collector = new DrillSidewaysCollector(searcher, null, FacetDimension.All, []);
        searcher.Search(new MatchAllDocsQuery(), collector);
        var all = collector.Results(int.MaxValue);
        var languages = all.First(f => f.Dimension == FacetDimension.Language).Values
            .ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
        var top = all
            .Select(f => new FacetCounts(f.Dimension, f.Values.Take(topN).ToList(), f.Others + Math.Max(0, f.Values.Count - topN)))
            .ToList();
        return new IndexCensus(languages, top);
    }
}
