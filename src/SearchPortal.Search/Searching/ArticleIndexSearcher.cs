using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The searcher over one opened index: looks the plain terms of a query up together (<see cref="QueryTermStates"/>)
/// and keeps each field's collection statistics, which cannot change while its reader is open.
/// </summary>
internal sealed class ArticleIndexSearcher(IndexReader reader) : IndexSearcher(reader)
{
    // Lucene recomputes a field's statistics for every term of a query, merging the segments' term dictionaries anew.
    // Fields come from the schema, but a cap keeps an odd caller's field names from growing the cache without end.
    private const int MaxCachedFields = 256;

    private readonly ConcurrentDictionary<string, CollectionStatistics> fieldStatistics = new(StringComparer.Ordinal);

    public override Weight CreateNormalizedWeight(Query query) =>
        base.CreateNormalizedWeight(QueryTermStates.Resolve(query, TopReaderContext));

    public override CollectionStatistics CollectionStatistics(string field)
    {
        if (fieldStatistics.TryGetValue(field, out var known))
        {
            return known;
        }

        var statistics = base.CollectionStatistics(field);
        if (fieldStatistics.Count < MaxCachedFields)
        {
            fieldStatistics.TryAdd(field, statistics);
        }

        return statistics;
    }
}
