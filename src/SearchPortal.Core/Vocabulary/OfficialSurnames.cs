using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The single words an official may be referred to by once named in full: the surname, and for Chinese names either part.</summary>
public static class OfficialSurnames
{
    /// <summary>Normalized surname keys of an official from the canonical name and every multi-word alias.</summary>
    public static IReadOnlyCollection<string> KeysOf(VocabularyEntry official)
    {
        // Chinese names put the family name first ("Xi Jinping" is "President Xi"), yet the seeds also write "Yi" for Wang Yi.
        var bothEnds = official.Country is "China" or "Taiwan";
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spelling in official.Aliases.Prepend(official.Canonical))
        {
            var words = SpellingKeys.Of(spelling);
            if (words.Length < 2)
            {
                continue;
            }

            keys.Add(words[^1]);
            if (bothEnds)
            {
                keys.Add(words[0]);
            }
        }

        return keys;
    }
}
