namespace SearchPortal.Core.Facets.Text;

/// <summary>
/// The words one extraction at a time has met, each with its surface string, its matching key and the key's hash,
/// so that a word seen before costs one lookup instead of a substring, a normalization and a hash.
/// </summary>
/// <remarks>
/// News prose repeats its words: over the mixed corpus, making a surface string and a key per word, and growing the
/// lists they went into, was most of the facet extraction's allocations. Key and hash depend on the surface alone, so
/// a remembered word is the word <see cref="WordTokenizer"/> would make. Not thread-safe: one owner at a time.
/// </remarks>
internal sealed class KnownWords
{
    /// <summary>Distinct words kept before the memory starts over (a few MB).</summary>
    private const int MaxWords = 100_000;

    private readonly Dictionary<string, (string Key, int KeyHash)> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, int KeyHash)>.AlternateLookup<ReadOnlySpan<char>> wordsBySpan;

    public KnownWords() => wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Distinct words remembered now.</summary>
    public int Count => words.Count;

    /// <summary>The word written as <paramref name="surface"/>: its surface string, key and key hash.</summary>
    public (string Surface, string Key, int KeyHash) Of(ReadOnlySpan<char> surface)
    {
        if (wordsBySpan.TryGetValue(surface, out var made, out var known))
        {
            return (made, known.Key, known.KeyHash);
        }

        if (words.Count >= MaxWords)
        {
            words.Clear();
        }

        made = surface.ToString();
        var key = SpellingNormalizer.Normalize(made);
        var hash = WordToken.HashOf(key);
        words.Add(made, (key, hash));
        return (made, key, hash);
    }
}
