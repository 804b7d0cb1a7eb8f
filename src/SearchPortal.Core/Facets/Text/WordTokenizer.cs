using System.Globalization;
using System.Runtime.CompilerServices;

namespace SearchPortal.Core.Facets.Text;

/// <summary>Splits a sentence into words for vocabulary matching, keeping hyphen and punctuation context.</summary>
/// <remarks>
/// Hyphens and dashes separate words ("Kazakh-Chinese" is two words) so compounds match their parts; an English
/// possessive "'s" is dropped; "Xi'an" and "d'Ivoire" stay one word; dotted abbreviations collapse ("U.S." is "US").
/// </remarks>
public static class WordTokenizer
{
    private static readonly bool[] Latin1WordChars = Latin1WordCharTable();

    public static List<WordToken> Tokenize(string sentence)
    {
        // About one word per six characters in news prose: sized once instead of grown by copying.
        var tokens = new List<WordToken>((sentence.Length / 6) + 2);
        var pendingBreak = false;
        var gapHasOnlyHyphens = true;
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (!IsWordChar(c))
            {
                if (IsHardBreak(c))
                {
                    pendingBreak = true;
                }

                if (!IsHyphen(c))
                {
                    gapHasOnlyHyphens = false;
                }

                i++;
                continue;
            }

            var hyphenBefore = tokens.Count > 0 && gapHasOnlyHyphens && i > 0 && IsHyphen(sentence[i - 1]);
            var start = i;
            string surface;
            var abbreviationEnd = AbbreviationEnd(sentence, i);
            if (abbreviationEnd > 0)
            {
                surface = CollapseAbbreviation(sentence.AsSpan(start, abbreviationEnd - start));
                i = abbreviationEnd;
            }
            else
            {
                i = WordEnd(sentence, i);
                surface = sentence.Substring(start, i - start);
                if (IsPossessive(sentence, i))
                {
                    i += 2;
                }
            }

            var key = SpellingNormalizer.Normalize(surface);
            tokens.Add(new WordToken(surface, key, start, i, pendingBreak, hyphenBefore) { KeyHash = WordToken.HashOf(key) });
            pendingBreak = false;
            gapHasOnlyHyphens = true;
        }

        return tokens;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    // Nearly every character of the texts is below 256: a table filled once by the rule itself answers for those, where
    // the rule made two Unicode lookups for each space and punctuation mark.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < Latin1WordChars.Length ? Latin1WordChars[c] : IsWordCharByCategory(c);

    private static bool IsWordCharByCategory(char c) => char.IsLetterOrDigit(c) || c == '+' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;

    private static bool[] Latin1WordCharTable()
    {
        var table = new bool[256];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = IsWordCharByCategory((char)c);
        }

        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHardBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}' or '!' or '?' or '|';

    private static int WordEnd(string s, int i)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < s.Length && char.IsLetter(s[i + 1]) && !IsPossessive(s, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>An apostrophe followed by a lone s ("Kazakhstan's").</summary>
    private static bool IsPossessive(string s, int i) =>
        i + 1 < s.Length && IsApostrophe(s[i]) && s[i + 1] is 's' or 'S' && (i + 2 == s.Length || !char.IsLetterOrDigit(s[i + 2]));

    /// <summary>The end of a run of single letters each followed by a period ("U.S.", "U.S.A.", "D.R."), or 0.</summary>
    private static int AbbreviationEnd(string s, int i)
    {
        var letters = 0;
        var j = i;
        while (j + 1 < s.Length && s[j + 1] == '.' && char.IsLetter(s[j]))
        {
            letters++;
            j += 2;
        }

        return letters >= 2 ? j : 0;
    }

    private static string CollapseAbbreviation(ReadOnlySpan<char> span)
    {
        Span<char> buffer = stackalloc char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (c != '.')
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
