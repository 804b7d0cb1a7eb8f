namespace SearchPortal.Search.Analysis;

/// <summary>
/// The spelling phrases of one search field (<see cref="SpellingPhrases"/>), laid out for <see cref="SpellingPhraseFilter"/>:
/// each word of any phrase by number, and the phrases by their last word, which is where the filter sees one complete.
/// </summary>
internal sealed class FieldSpellingPhrases
{
    private static readonly int[] NoPhrases = [];

    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordIdsBySpan;
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly int[][] byLastWord;

    /// <param name="phrases">Each phrase's words and their places, the first at 0 and rising, at most <see cref="SpellingPhrases.MaxSpan"/>.</param>
    public FieldSpellingPhrases(IReadOnlyList<(string[] Words, int[] Offsets)> phrases)
    {
        wordIdsBySpan = wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var byLast = new List<List<int>>();
        var list = new List<Phrase>(phrases.Count);
        foreach (var (words, offsets) in phrases)
        {
            // Two spellings may analyse alike ("U.S." and "US" in some chain): one phrase, one token.
            var key = SpellingPhrases.KeyOf(words, offsets);
            if (!keys.Add(key))
            {
                continue;
            }

            var ids = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                if (!wordIds.TryGetValue(words[i], out ids[i]))
                {
                    ids[i] = wordIds.Count;
                    wordIds.Add(words[i], ids[i]);
                    byLast.Add([]);
                }
            }

            byLast[ids[^1]].Add(list.Count);
            list.Add(new Phrase(ids, offsets, key));
        }

        Phrases = [.. list];
        byLastWord = [.. byLast.Select(l => l.Count == 0 ? NoPhrases : l.ToArray())];
    }

    /// <summary>One phrase: its words by number, their places from the first, and its token.</summary>
    internal sealed record Phrase(int[] Words, int[] Offsets, string Key)
    {
        /// <summary>Positions from the first word to the last.</summary>
        public int Span => Offsets[^1];
    }

    /// <summary>The phrases, numbered as <see cref="EndingWith"/> gives them.</summary>
    public IReadOnlyList<Phrase> Phrases { get; }

    /// <summary>How many phrases the field holds.</summary>
    public int Count => Phrases.Count;

    /// <summary>The number of <paramref name="word"/> when some phrase holds it, else -1.</summary>
    public int WordId(ReadOnlySpan<char> word) => wordIdsBySpan.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The phrases whose last word is the word numbered <paramref name="wordId"/>.</summary>
    public int[] EndingWith(int wordId) => byLastWord[wordId];

    /// <summary>Whether the token <paramref name="key"/> is one of this field's phrases.</summary>
    public bool Holds(string key) => keys.Contains(key);
}
