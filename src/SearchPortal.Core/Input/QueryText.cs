using System.Text;

namespace SearchPortal.Core.Input;

/// <summary>
/// The one rule for text a reader or a query file hands the archive (queries, facet values, prefixes): line breaks
/// and tabs become spaces; control characters, unpaired surrogates and Unicode noncharacters (U+FFFE, U+FFFF,
/// U+FDD0-U+FDEF and the last two code points of every plane) are dropped.
/// </summary>
/// <remarks>
/// Dropping rather than refusing keeps a pasted query with one stray byte useful ("Tok\uFFFEayev" searches Tokayev),
/// and what is left is valid UTF-16 that normalisation, UTF-8 encoding and HTML encoding all accept.
/// </remarks>
public static class QueryText
{
    /// <summary>The text with invalid characters removed; the same instance when there were none. Null reads as empty.</summary>
    public static string Clean(string? text) => Clean(text, out _);

    /// <summary>The text with invalid characters removed; <paramref name="removed"/> tells whether any were.</summary>
    public static string Clean(string? text, out bool removed)
    {
        removed = false;
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var firstBad = FirstInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }

        var cleaned = new StringBuilder(text.Length);
        cleaned.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    removed = true;
                }
                else
                {
                    cleaned.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (IsLineOrTab(c))
            {
                // Kept as a separator, so that "a\nb" stays two words rather than becoming "ab".
                cleaned.Append(' ');
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || IsNoncharacter(c))
            {
                removed = true;
            }
            else
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString();
    }

    /// <summary>True when <see cref="Clean(string?)"/> would leave the text as it is.</summary>
    public static bool IsClean(string? text) => string.IsNullOrEmpty(text) || FirstInvalid(text) < 0;

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || IsNoncharacter(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLineOrTab(char c) => c is '\t' or '\n' or '\v' or '\f' or '\r' or '\u0085';

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
