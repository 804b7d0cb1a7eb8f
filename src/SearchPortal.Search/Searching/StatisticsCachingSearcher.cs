using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>An index searcher that reads each field's collection statistics once for the life of its reader.</summary>
/// <remarks>
/// Every term and phrase weight asks for its field's statistics, and Lucene merges them over the segments anew each
/// time (about 20-40 µs): a misspelt query naming a few places builds hundreds of such weights per pass, which was
/// most of the cost of setting it up. The reader never changes under a searcher, so neither do its statistics.
/// </remarks>
internal sealed class StatisticsCachingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        statistics.GetOrAdd(field, name => base.CollectionStatistics(name));
}
