using System.Collections.Frozen;

namespace SearchPortal.Core.Ingestion;

/// <summary>Derives a title from the first sentence of a text that came without a headline.</summary>
internal static class SentenceTitle
{
    /// <summary>Longest derived title, the ellipsis included.</summary>
    public const int MaxLength = 90;

    private const char Ellipsis = '…';

    // A full stop after these is an abbreviation, not a sentence end.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "jr", "sr", "vs", "etc", "no", "nr", "bzw",
        "ca", "vgl", "inc", "ltd", "co", "corp", "gov", "lt", "col", "maj", "capt", "hon", "jan", "feb", "aug",
        "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "z.b", "d.h", "u.a",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first sentence without its final stop, cut at a word boundary with "…" when longer than <see cref="MaxLength"/>.</summary>
    public static string From(string text)
    {
        var firstParagraph = FirstParagraph(text.AsSpan().Trim());
        var sentence = firstParagraph[..SentenceEnd(firstParagraph)].TrimEnd();
        sentence = sentence.TrimEnd(".!?;:,").TrimEnd();
        if (sentence.Length <= MaxLength)
        {
            return sentence.ToString();
        }

        var cut = sentence[..(MaxLength - 1)];
        var lastSpace = cut.LastIndexOfAny(' ', '\u00A0');
        if (lastSpace > 0 && char.IsWhiteSpace(sentence[MaxLength - 1]) is false)
        {
            cut = cut[..lastSpace];
        }

        return string.Concat(cut.TrimEnd().TrimEnd(",;:–—-").TrimEnd(), Ellipsis.ToString());
    }

    private static ReadOnlySpan<char> FirstParagraph(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    // Index just after the first sentence-ending mark that is followed by whitespace and a capital, digit or quote.
    private static int SentenceEnd(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length - 2; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?') || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            var next = text[(i + 1)..].TrimStart();
            if (next.IsEmpty || !(char.IsUpper(next[0]) || next[0] is '"' or '“' or '„' or '«' or '‘'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviationOrOrdinal(text[..i]))
            {
                continue;
            }

            return i + 1;
        }

        return text.Length;
    }

    private static bool IsAbbreviationOrOrdinal(ReadOnlySpan<char> before)
    {
        var start = before.LastIndexOfAny(' ', '\u00A0', '(') + 1;
        var word = before[start..];
        if (word.Length <= 1)
        {
            return true;
        }

        // German ordinals and dates ("26. April") end in a full stop mid-sentence.
        if (!word.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        return AbbreviationLookup.Contains(word);
    }
}
