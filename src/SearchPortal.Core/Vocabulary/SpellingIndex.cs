using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Vocabulary;

/// <summary>One vocabulary list indexed by normalized spelling, with each entry's spellings for query expansion.</summary>
internal sealed class SpellingIndex
{
    private readonly Dictionary<string, VocabularyEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<VocabularyEntry, string[]> spellings = new(ReferenceEqualityComparer.Instance);

    /// <exception cref="VocabularyException">An entry lacks a canonical name, or a canonical name or spelling is used by two entries.</exception>
    public SpellingIndex(IReadOnlyList<VocabularyEntry> entries, string list)
    {
        var canonicals = new Dictionary<string, int>(StringComparer.Ordinal);
        var declared = new Dictionary<string, VocabularyEntry>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (string.IsNullOrWhiteSpace(entry.Canonical))
            {
                throw new VocabularyException($"{list}[{i}]: missing \"canonical\" (aliases: {string.Join(", ", entry.Aliases ?? [])}).");
            }

            var canonicalKey = Key(SpellingKeys.Of(entry.Canonical));
            if (canonicals.TryGetValue(canonicalKey, out var first))
            {
                throw new VocabularyException($"{list}[{i}]: duplicate canonical \"{entry.Canonical}\" (already {list}[{first}]).");
            }

            canonicals.Add(canonicalKey, i);
            var all = new List<string> { entry.Canonical };
            foreach (var alias in entry.Aliases ?? [])
            {
                var keys = SpellingKeys.Of(alias);
                if (keys.Length == 0)
                {
                    throw new VocabularyException($"{list}[{i}] \"{entry.Canonical}\": empty alias.");
                }

                if (!all.Contains(alias, StringComparer.Ordinal))
                {
                    all.Add(alias);
                }
            }

            foreach (var spelling in all)
            {
                var key = Key(SpellingKeys.Of(spelling));
                if (declared.TryGetValue(key, out var owner) && !ReferenceEquals(owner, entry))
                {
                    throw new VocabularyException(
                        $"{list}[{i}] \"{entry.Canonical}\": spelling \"{spelling}\" already belongs to \"{owner.Canonical}\".");
                }

                declared[key] = entry;
            }

            spellings[entry] = [.. all];
        }

        foreach (var (key, entry) in declared)
        {
            byKey[key] = entry;
        }

        // Inflected forms resolve too ("kasachischen"), but never displace a declared spelling.
        foreach (var entry in entries)
        {
            foreach (var spelling in spellings[entry])
            {
                foreach (var variant in SpellingKeys.Variants(SpellingKeys.Of(spelling), withGenitive: true))
                {
                    byKey.TryAdd(Key(variant), entry);
                }
            }
        }
    }

    public VocabularyEntry? Find(string key) => byKey.TryGetValue(key, out var entry) ? entry : null;

    public IReadOnlyList<string> SpellingsOf(VocabularyEntry entry) => spellings[entry];

    /// <summary>Every entry's spellings, entry by entry in the list's order.</summary>
    public IEnumerable<string> AllSpellings() => spellings.Values.SelectMany(s => s);

    private static string Key(string[] keys) => string.Join(' ', keys);
}
