using System.Diagnostics;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Times the query parser as a request uses it (a new parser per query over the shared analyses, vocabulary and
/// translation table), for the CLI's bench-parse: parsing must stay in microseconds whatever the translation adds.
/// </summary>
public static class QueryParseTimer
{
    /// <summary>
    /// Microseconds of each parse of every query in <paramref name="queries"/>, <paramref name="passes"/> times over,
    /// after one untimed pass that loads the translation table and warms the analyzers: one list per query, in order.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<double>> Microseconds(IReadOnlyList<string> queries, FacetVocabulary vocabulary, bool translate, int passes)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        using var analyzer = new ArticleAnalyzer();
        var analysis = new QueryTextAnalysis(analyzer);
        var table = QueryTranslations.Default;
        foreach (var query in queries)
        {
            new ArticleQueryParser(analysis, vocabulary, table).Parse(query, requireAllWords: true, translate);
        }

        var timings = queries.Select(_ => new List<double>(passes)).ToList();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                new ArticleQueryParser(analysis, vocabulary, table).Parse(queries[i], requireAllWords: true, translate);
                timings[i].Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }
        }

        return timings;
    }
}
