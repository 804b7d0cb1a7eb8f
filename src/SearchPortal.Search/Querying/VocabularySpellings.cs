using System.Globalization;
using System.Text;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Search.Querying;

/// <summary>Looks up vocabulary entries by any of their spellings, ignoring case, diacritics and punctuation.</summary>
internal sealed class VocabularySpellings
{
    /// <summary>Caps one expansion: a country with dozens of adjectives and demonyms would otherwise blow up the query.</summary>
    public const int MaxSpellings = 24;

    private readonly Dictionary<string, List<VocabularyEntry>> entriesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> formats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> officials = new(StringComparer.Ordinal);

    public VocabularySpellings(FacetVocabulary vocabulary)
    {
        Add(vocabulary.Countries, countries);
        Add(vocabulary.Formats, formats);
        Add(vocabulary.Officials, officials);
    }

    /// <summary>Every spelling of the entries <paramref name="phrase"/> names (canonical first), or empty when it names none.</summary>
    public IReadOnlyList<string> SpellingsOf(string phrase)
    {
        if (!entriesByKey.TryGetValue(Key(phrase), out var entries))
        {
            return [];
        }

        var spellings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            AddSpelling(entry.Canonical, spellings, seen);
            foreach (var alias in entry.Aliases)
            {
                AddSpelling(alias, spellings, seen);
            }
        }

        return spellings;
    }

    /// <summary>The canonical value of <paramref name="dimension"/> that <paramref name="value"/> spells, or null.</summary>
    public string? CanonicalOf(string dimension, string value)
    {
        var byKey = dimension switch
        {
            FacetDimension.Country => countries,
            FacetDimension.Format => formats,
            FacetDimension.Official => officials,
            _ => null,
        };
        return byKey is not null && byKey.TryGetValue(Key(value), out var canonical) ? canonical : null;
    }

    /// <summary>Lowercase letters and digits without diacritics, every other run of characters one space.</summary>
    internal static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                pendingSpace = false;
                if (c == 'ß')
                {
                    key.Append("ss");
                }
                else
                {
                    key.Append(char.ToLowerInvariant(c));
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                pendingSpace = true;
            }
        }

        return key.ToString();
    }

    private void Add(IReadOnlyList<VocabularyEntry> entries, Dictionary<string, string> canonicalByKey)
    {
        foreach (var entry in entries)
        {
            AddKey(entry.Canonical, entry, canonicalByKey);
            foreach (var alias in entry.Aliases)
            {
                AddKey(alias, entry, canonicalByKey);
            }
        }
    }

    private void AddKey(string spelling, VocabularyEntry entry, Dictionary<string, string> canonicalByKey)
    {
        var key = Key(spelling);
        if (key.Length == 0)
        {
            return;
        }

        canonicalByKey.TryAdd(key, entry.Canonical);
        if (!entriesByKey.TryGetValue(key, out var entries))
        {
            entriesByKey[key] = entries = [];
        }

        if (!entries.Contains(entry))
        {
            entries.Add(entry);
        }
    }

    private static void AddSpelling(string spelling, List<string> spellings, HashSet<string> seen)
    {
        if (spellings.Count < MaxSpellings && seen.Add(Key(spelling)))
        {
            spellings.Add(spelling);
        }
    }
}
