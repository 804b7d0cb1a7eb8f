using Lucene.Net.Index;

namespace SearchPortal.Search.Searching;

/// <summary>
/// One terms enumerator per segment and field of one reader, made on first use and kept for the next look-up: a
/// look-up seeks each term of a query with them (<see cref="QueryTermStates"/>). Not thread-safe: one look-up at a
/// time holds them (<see cref="CursorPool{T}"/>).
/// </summary>
internal sealed class TermCursors(IndexReaderContext top) : IReaderCursors
{
    private readonly Dictionary<string, TermsEnum?>[] bySegment = [.. (top ?? throw new ArgumentNullException(nameof(top))).Leaves.Select(_ => new Dictionary<string, TermsEnum?>(StringComparer.Ordinal))];

    /// <summary>The reader these enumerators read.</summary>
    public IndexReaderContext Top { get; } = top;

    /// <summary>The enumerator over <paramref name="field"/> in <paramref name="leaf"/>; null when the segment has no such field.</summary>
    public TermsEnum? For(AtomicReaderContext leaf, string field)
    {
        var fields = bySegment[leaf.Ord];
        if (!fields.TryGetValue(field, out var enumerator))
        {
            enumerator = leaf.AtomicReader.Fields?.GetTerms(field)?.GetEnumerator();
            fields[field] = enumerator;
        }

        return enumerator;
    }
}
