using System.Collections.Concurrent;

namespace SearchPortal.Search.Querying;

/// <summary>
/// The readings of recent query texts, kept per searcher engine and shared by its requests: a reader paging through a
/// result list or clicking its facets repeats one text, and reading and assembling it (lexing, parsing, every word's
/// fields, spellings, name keys and translations) was a sixth of a short query's CPU. Thread-safe.
/// </summary>
internal sealed class QueryReadings
{
    /// <summary>How many readings are kept (about 8 KB each over the harness's 300 queries, both queries assembled:
    /// 8 MB in all); past it they are all dropped and kept anew, so a stream of texts never seen again costs bounded
    /// memory.</summary>
    public const int DefaultCapacity = 1_000;

    private readonly Func<string, bool, QueryReading> read;
    private readonly int capacity;
    private readonly ConcurrentDictionary<(string Text, bool Translate, bool AllWords), KeptReading> kept = new();
    private int count;

    /// <param name="read">Reads a text afresh, translating its words or not.</param>
    /// <param name="capacity">At most this many readings are kept; 0 keeps none, reading every request's text afresh.</param>
    public QueryReadings(Func<string, bool, QueryReading> read, int capacity = DefaultCapacity)
    {
        this.read = read ?? throw new ArgumentNullException(nameof(read));
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        this.capacity = capacity;
    }

    /// <summary>How many readings are kept now.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The reading of <paramref name="text"/> whose first query requires all words or not.</summary>
    public KeptReading Of(string text, bool translate, bool requireAllWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (capacity == 0)
        {
            return new KeptReading(read(text, translate), requireAllWords);
        }

        var key = (text, translate, requireAllWords);
        if (kept.TryGetValue(key, out var known))
        {
            return known;
        }

        var reading = new KeptReading(read(text, translate), requireAllWords);
        if (Interlocked.Increment(ref count) > capacity)
        {
            // Approximate under races by design: the bound only has to hold within a few entries.
            kept.Clear();
            Volatile.Write(ref count, 1);
        }

        // A request that raced another to the same text uses the reading kept first, so both share one.
        return kept.GetOrAdd(key, reading);
    }
}
