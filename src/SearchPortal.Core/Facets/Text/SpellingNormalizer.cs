using System.Globalization;
using System.Text;

namespace SearchPortal.Core.Facets.Text;

/// <summary>Turns a word into its matching key: lower-case, without diacritics, ß as ss, typographic apostrophes as '.</summary>
public static class SpellingNormalizer
{
    public static string Normalize(string word)
    {
        var ascii = true;
        var lowerAlready = true;
        foreach (var c in word)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }

            lowerAlready &= c is < 'A' or > 'Z';
        }

        if (ascii)
        {
            // Most words are plain lower-case ASCII: reuse the string instead of allocating a copy.
            return lowerAlready ? word : word.ToLowerInvariant();
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            switch (c)
            {
                case 'ß':
                    builder.Append("ss");
                    break;
                case '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4':
                    builder.Append('\'');
                    break;
                case 'ı':
                    builder.Append('i');
                    break;
                case 'ə' or 'Ə':
                    builder.Append('a');
                    break;
                case 'ø' or 'Ø':
                    builder.Append('o');
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }
}
