using System.Globalization;
using System.Text;

namespace SearchPortal.Core.Language;

/// <summary>
/// The key that the romanisations of one personal or place name share: Bakiev, Bakiyev and Bakijew, Shoygu and
/// Schoigu, Niyazov and Nijasow, Zhaparov, Japarov and Dschaparow.
/// </summary>
/// <remarks>
/// Consonant spellings that English and German transcriptions of Russian, Kazakh, Kyrgyz and Turkic names use for one
/// sound meet (dzh/dsch/zh/j/y, sch/sh, tsch/ch, kh/h, w/v, z/s, q/k, ph/f), diacritics go and German ö/ü written oe/ue
/// meet them, double letters count once, and a final -iev/-yev/-ijew meets -ev. Vowels other than those never merge,
/// so common words stay apart ("Bank" and "Bunk", "Rat" and "Rot"); the key is only ever a weaker alternative to the
/// word as typed.
/// </remarks>
public static class NameSpellingKey
{
    /// <summary>Words shorter than this have too little to tell romanisations from other words ("Ob", "Uz").</summary>
    public const int MinLength = 4;

    // Longest first: "tsch" before "sch", "dsch" before "sch", "dzh" before "zh".
    private static readonly (string From, string To)[] Clusters =
    [
        ("tsch", "ch"), ("dsch", "i"), ("dzh", "i"), ("sch", "sh"), ("zh", "i"), ("dj", "i"), ("kh", "h"),
        ("ph", "f"), ("gh", "g"), ("oe", "o"), ("ue", "u"), ("ck", "k"),
    ];

    /// <summary>
    /// The key of one word of letters, or null when the word is too short, holds anything but letters, or is a function
    /// word of English or German.
    /// </summary>
    /// <remarks>
    /// Function words are no names, and keyed they were false friends of the commonest kind: sentence-initial "Seit"
    /// shares "Zeit"'s key, "Doch" that of "Dötsch", and every article starting a sentence with them matched.
    /// </remarks>
    public static string? Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinLength || word.Length > 64 || IsFunctionWord(word))
        {
            return null;
        }

        var text = CyrillicTransliteration.IsCyrillic(word) ? CyrillicTransliteration.ToLatin(word) : word;
        var folded = Fold(text);
        if (folded is null || folded.Length < MinLength)
        {
            return null;
        }

        var merged = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length;)
        {
            var matched = false;
            foreach (var (from, to) in Clusters)
            {
                if (string.CompareOrdinal(folded, i, from, 0, from.Length) == 0)
                {
                    merged.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                merged.Append(Single(folded[i]));
                i++;
            }
        }

        var key = new StringBuilder(merged.Length);
        foreach (var c in merged.ToString())
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        // -iev, -yev, -ijew (now all "iev") meet -ev: Bakiyev = Bakiev = Bakijew, Tokayev = Tokaev = Tokajew.
        if (key.Length > MinLength + 1 && key[^3] == 'i' && key[^2] == 'e' && key[^1] == 'v')
        {
            key.Remove(key.Length - 3, 1);
        }

        return key.ToString();
    }

    private static bool IsFunctionWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return FunctionWords.English.Contains(lower) || FunctionWords.German.Contains(lower);
    }

    private static char Single(char c) => c switch
    {
        'y' or 'j' => 'i',
        'w' => 'v',
        'z' => 's',
        'q' => 'k',
        _ => c,
    };

    // Lower case without diacritics; ß, ş, ç and the dotless ı written as their sounds. Null when a character is no letter.
    private static string? Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length + 2);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    if (c == '\u0327' && folded.Length > 0 && folded[^1] is 's' or 'c')
                    {
                        // The cedilla of Turkish ş and ç: Türkmenbaşy is Turkmenbashy.
                        folded.Append('h');
                    }

                    continue;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter:
                    break;
                default:
                    return null;
            }

            folded.Append(c switch
            {
                'ß' => "ss",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        foreach (var c in folded.ToString())
        {
            if (c is < 'a' or > 'z')
            {
                return null;
            }
        }

        return folded.ToString();
    }
}
