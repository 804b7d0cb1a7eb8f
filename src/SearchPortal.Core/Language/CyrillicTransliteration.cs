using System.Text;

namespace SearchPortal.Core.Language;

/// <summary>
/// Russian and Kazakh Cyrillic in the Latin spelling English news uses for names (BGN/PCGN-like): Путин is Putin,
/// Токаев is Tokayev, Назарбаев is Nazarbayev, Жапаров is Zhaparov.
/// </summary>
public static class CyrillicTransliteration
{
    /// <summary>Whether the text holds a Cyrillic letter.</summary>
    public static bool IsCyrillic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every Cyrillic letter in Latin letters; other characters stay. A capital stays a capital.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var letters = Letters(lower, i == 0 ? '\0' : char.ToLowerInvariant(text[i - 1]));
            if (letters is null)
            {
                latin.Append(c);
                continue;
            }

            if (letters.Length == 0)
            {
                continue;
            }

            if (c != lower)
            {
                // Ш in "ШОЙГУ" stays all capitals, Ш in "Шойгу" only its first letter.
                var allCapitals = i + 1 < text.Length && char.IsUpper(text[i + 1]);
                latin.Append(allCapitals ? letters.ToUpperInvariant() : char.ToUpperInvariant(letters[0]) + letters[1..]);
            }
            else
            {
                latin.Append(letters);
            }
        }

        return latin.ToString();
    }

    // Null: not a Cyrillic letter. "е" is "ye" at the start of a word and after a vowel or a sign (Токаев: Tokayev).
    private static string? Letters(char c, char previous) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d",
        'е' => StartsSyllable(previous) ? "ye" : "e",
        'ё' => StartsSyllable(previous) ? "yo" : "e",
        'ж' => "zh", 'з' => "z", 'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n",
        'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh",
        'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' or 'ь' => string.Empty, 'ы' => "y", 'э' => "e",
        'ю' => "yu", 'я' => "ya",

        // Kazakh (and Kyrgyz) letters beyond the Russian alphabet.
        'ә' => "a", 'ғ' => "gh", 'қ' => "q", 'ң' => "ng", 'ө' => "o", 'ұ' or 'ү' => "u", 'һ' => "h", 'і' => "i",
        _ => null,
    };

    private static bool StartsSyllable(char previous) =>
        previous is '\0' or 'а' or 'е' or 'ё' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я' or 'ъ' or 'ь'
        || !(previous is >= '\u0400' and <= '\u04FF');
}
