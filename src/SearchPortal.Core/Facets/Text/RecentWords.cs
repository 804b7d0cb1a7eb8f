namespace SearchPortal.Core.Facets.Text;

/// <summary>
/// The words an extraction met lately, one per slot of a small table chosen by a hash of the written word, so that a
/// frequent word costs a comparison instead of a new surface string, a normalized key and the key's hash.
/// </summary>
/// <remarks>
/// Key and hash depend on the surface alone, so a remembered word is the word <see cref="WordTokenizer"/> would make.
/// A dictionary of every word met was tried first and cost more than the strings it saved: its lookups missed the
/// processor's caches. Four thousand slots stay in them and still hold the function words and names that recur.
/// Not thread-safe: one owner at a time.
/// </remarks>
internal sealed class RecentWords
{
    private const int SlotCount = 4096;

    private readonly (string? Surface, string Key, int KeyHash)[] slots = new (string?, string, int)[SlotCount];

    /// <summary>The word written as <paramref name="written"/>: its surface string, key and key hash.</summary>
    public (string Surface, string Key, int KeyHash) Of(ReadOnlySpan<char> written)
    {
        ref var slot = ref slots[SlotOf(written)];
        if (slot.Surface is { } surface && written.SequenceEqual(surface))
        {
            return (surface, slot.Key, slot.KeyHash);
        }

        var made = WordTokenizer.Made(written);
        slot = made;
        return made;
    }

    private static int SlotOf(ReadOnlySpan<char> written)
    {
        var hash = 2166136261u;
        foreach (var c in written)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & (SlotCount - 1));
    }
}
