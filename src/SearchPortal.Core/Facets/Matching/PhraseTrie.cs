using System.Collections.Frozen;
using System.Runtime.InteropServices;
using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets.Matching;

/// <summary>
/// A trie over normalized words that finds vocabulary phrases in a sentence, leftmost-longest and without overlap,
/// in one pass over the words whatever the number of spellings. Filled with <see cref="Add"/>, then
/// <see cref="Freeze"/> makes it read-only and safe to share between threads.
/// </summary>
internal sealed class PhraseTrie
{
    private static readonly HashSet<string> CueWords = new(StringComparer.Ordinal) { "in", "of", "to", "from", "nach", "aus", "von" };

    // One bit per value of the low 16 bits of a first word's key hash: most words of a sentence start no phrase, and
    // the bit rules them out before the dictionary has to hash the key again (three to five lists look at every word).
    private const int FirstWordMask = 0xFFFF;

    private readonly Node root = new();
    private readonly bool requireCapitalized;
    private readonly IMatchContext? context;
    private readonly ulong[] firstWords = new ulong[(FirstWordMask + 1) / 64];

    /// <param name="requireCapitalized">Every matched word must start upper-case (names of people).</param>
    /// <param name="context">A rule on the surrounding words that a match must also pass (see <see cref="CountryContext"/>).</param>
    public PhraseTrie(bool requireCapitalized = false, IMatchContext? context = null)
    {
        this.requireCapitalized = requireCapitalized;
        this.context = context;
    }

    public void Add(string[] keys, PhraseTerminal terminal)
    {
        if (root.Frozen is not null)
        {
            throw new InvalidOperationException("The trie is frozen.");
        }

        if (keys.Length == 0)
        {
            return;
        }

        var first = WordToken.HashOf(keys[0]) & FirstWordMask;
        firstWords[first >> 6] |= 1UL << first;
        var node = root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children.Add(key, child);
            }

            node = child;
        }

        node.Terminals ??= [];
        for (var t = 0; t < node.Terminals.Count; t++)
        {
            var existing = node.Terminals[t];
            if (existing.Entry == terminal.Entry && SameSurfaces(existing.ExactSurfaces, terminal.ExactSurfaces))
            {
                // "Deutsche" and the adjective form "deutsche" share their keys: the lower-case spelling allows both cases.
                node.Terminals[t] = existing with { Capitalized = existing.Capitalized && terminal.Capitalized };
                return;
            }
        }

        node.Terminals.Add(terminal);
    }

    /// <summary>Ends filling: the children become frozen dictionaries, which answer the lookups of matching (nearly all
    /// of them misses) faster than a Dictionary.</summary>
    public void Freeze() => root.Freeze();

    /// <summary>Adds the matches in <paramref name="tokens"/> to <paramref name="matches"/>; ignored phrases consume their words silently.</summary>
    public void FindAll(List<WordToken> tokens, List<PhraseMatch> matches)
    {
        // Read in place: the list indexer copied each word (a 32-byte struct) for every look at it.
        var words = CollectionsMarshal.AsSpan(tokens);
        var i = 0;
        while (i < words.Length)
        {
            var first = words[i].KeyHash & FirstWordMask;
            if ((firstWords[first >> 6] & (1UL << first)) == 0)
            {
                i++;
                continue;
            }

            var (entry, end) = LongestAt(tokens, words, i);
            if (end > i)
            {
                if (entry != PhraseTerminal.Ignored)
                {
                    matches.Add(new PhraseMatch(entry, i, end));
                }

                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    private (int Entry, int End) LongestAt(List<WordToken> tokens, ReadOnlySpan<WordToken> words, int start)
    {
        var best = (Entry: PhraseTerminal.Ignored, End: start);
        var node = root;
        for (var j = start; j < words.Length; j++)
        {
            ref readonly var token = ref words[j];
            if (j > start && token.BreakBefore)
            {
                break;
            }

            // "Bashar al-Assad", "Ursula von der Leyen": a particle inside a name may be lower-case; so may the part of
            // a Korean given name after its hyphen ("Moon Jae-in").
            if (requireCapitalized && !token.IsCapitalized && !(j > start && (NameParticles.Contains(token.Key) || token.HyphenBefore)))
            {
                break;
            }

            var children = node.Frozen ?? throw new InvalidOperationException("Freeze the trie before matching.");
            if (!children.TryGetValue(token.Key, out var child))
            {
                break;
            }

            node = child;
            if (node.Terminals is null)
            {
                continue;
            }

            foreach (var terminal in node.Terminals)
            {
                if (Accepts(terminal, words, start) && (terminal.Entry == PhraseTerminal.Ignored || context?.Accepts(tokens, start, j + 1, terminal) != false))
                {
                    best = (terminal.Entry, j + 1);
                    break;
                }
            }
        }

        return best;
    }

    private static bool Accepts(PhraseTerminal terminal, ReadOnlySpan<WordToken> words, int start)
    {
        if (terminal.ExactSurfaces is { } surfaces)
        {
            for (var k = 0; k < surfaces.Length; k++)
            {
                if (!string.Equals(words[start + k].Surface, surfaces[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return !terminal.NeedsCue || (start > 0 && CueWords.Contains(words[start - 1].Key));
    }

    private static bool SameSurfaces(string[]? a, string[]? b) =>
        a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public FrozenDictionary<string, Node>? Frozen;
        public List<PhraseTerminal>? Terminals;

        public void Freeze()
        {
            Frozen = (Children ?? []).ToFrozenDictionary(StringComparer.Ordinal);
            Children = null;
            foreach (var child in Frozen.Values)
            {
                child.Freeze();
            }
        }
    }
}
