namespace SearchPortal.Search.Querying;

/// <summary>
/// One query text read for one match mode and shared by the requests that repeat it (<see cref="QueryReadings"/>): its
/// first query and its any-word widening, each assembled once from the one <see cref="QueryReading"/>, in the order a
/// single request assembles them. Thread-safe: one request at a time assembles.
/// </summary>
internal sealed class KeptReading(QueryReading reading, bool requireAllWords)
{
    private readonly Lock gate = new();
    private ParsedQuery? first;
    private ParsedQuery? widened;

    /// <summary>The query of the match mode the text was read for.</summary>
    public ParsedQuery First
    {
        get
        {
            lock (gate)
            {
                return first ??= Snapshot(reading.For(requireAllWords));
            }
        }
    }

    /// <summary>The any-word query, assembled after <see cref="First"/> as a widening request does; its translations
    /// are all the reading's by then, as a request widening shows them.</summary>
    public ParsedQuery AnyWord
    {
        get
        {
            lock (gate)
            {
                first ??= Snapshot(reading.For(requireAllWords));
                return widened ??= Snapshot(reading.For(requireAllWords: false));
            }
        }
    }

    // The reading's list of translations grows as it assembles: each query keeps a copy of it as it stood then.
    private static ParsedQuery Snapshot(ParsedQuery parsed) =>
        parsed.Translations is { } translations ? parsed with { Translations = [.. translations] } : parsed;
}
