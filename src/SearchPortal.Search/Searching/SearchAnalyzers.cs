using Lucene.Net.Analysis;
using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Searching;

/// <summary>The analyzers the searcher needs, made in one place.</summary>
public static class SearchAnalyzers
{
    /// <summary>The query-time analyzer: the index chains without decompounding, since the index holds whole words and parts.</summary>
    public static Analyzer ForQueries() => ArticleAnalyzer.ForQueries();
}
