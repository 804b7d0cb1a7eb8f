using Lucene.Net.Analysis;
using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Searching;

/// <summary>The analyzers the searcher needs, made in one place.</summary>
public static class SearchAnalyzers
{
    /// <summary>The query-time analyzer. Switch to ArticleAnalyzer.ForQueries() (no decompounding) once it exists.</summary>
    public static Analyzer ForQueries() => new ArticleAnalyzer();
}
