using System.Buffers;

namespace SearchPortal.Core.Facets.Text;

/// <summary>Splits article text into sentences for facet evidence, in English and German.</summary>
/// <remarks>
/// Blank lines and short unpunctuated lines (headlines, tag lines) always end a sentence. A period does not end one
/// after a known abbreviation ("Dr.", "Nr."), a dotted abbreviation ("U.S.") unless a typical sentence opener follows,
/// a one- or two-digit number (German ordinals: "26. April"), or when the next word starts lower-case.
/// </remarks>
public static class SentenceSplitter
{
    private const int HeadlineMaxLength = 120;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jr", "sr",
        "no", "nr", "vol", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "bzw", "ca", "hr", "fr", "str", "mio", "mrd", "abs", "vgl", "gegr", "amb", "dept",
        "approx", "fig", "mt", "ft", "min", "max", "art", "bd", "jh", "evtl", "ggf", "inkl", "zzgl", "dt",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "In", "On", "At", "A", "An",
        "But", "And", "However", "Der", "Die", "Das", "Er", "Sie", "Es", "Am", "Im", "Wir", "Ich",
    };

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\u2026");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();

        // Blocks are assembled in one rented buffer and split as spans, so only the sentences become strings.
        var block = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var blockLength = 0;
            var rest = text.AsSpan();
            while (true)
            {
                var newline = rest.IndexOf('\n');
                var line = (newline >= 0 ? rest[..newline] : rest).Trim().Trim('\u00A0').Trim();
                AddLine(line, block, ref blockLength, sentences);
                if (newline < 0)
                {
                    break;
                }

                rest = rest[(newline + 1)..];
            }

            if (blockLength > 0)
            {
                SplitBlock(block.AsSpan(0, blockLength), sentences);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(block);
        }

        return sentences;
    }

    /// <summary>Paragraph-like blocks: blank lines separate, and so does a line that reads as a headline.</summary>
    private static void AddLine(ReadOnlySpan<char> line, char[] block, ref int blockLength, List<string> sentences)
    {
        if (line.Length == 0)
        {
            if (blockLength > 0)
            {
                SplitBlock(block.AsSpan(0, blockLength), sentences);
                blockLength = 0;
            }

            return;
        }

        if (blockLength > 0)
        {
            block[blockLength++] = ' ';
        }

        line.CopyTo(block.AsSpan(blockLength));
        blockLength += line.Length;
        if (line.Length <= HeadlineMaxLength && !EndsLikeRunningText(line) || EndsSentence(line))
        {
            SplitBlock(block.AsSpan(0, blockLength), sentences);
            blockLength = 0;
        }
    }

    private static bool EndsSentence(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u201C' or '\u00BB';

    /// <summary>A line ending in a comma, hyphen or plain word of a long sentence wrapped across lines.</summary>
    private static bool EndsLikeRunningText(ReadOnlySpan<char> line) => line[^1] is ',' or '-' or ';' || (line.Length > 60 && char.IsLower(line[^1]));

    private static void SplitBlock(ReadOnlySpan<char> block, List<string> sentences)
    {
        var start = 0;
        for (var i = 0; i < block.Length; i++)
        {
            var ahead = block[i..].IndexOfAny(SentenceEnds);
            if (ahead < 0)
            {
                break;
            }

            i += ahead;
            var c = block[i];

            var end = i + 1;
            while (end < block.Length && block[end] is '"' or '\'' or '\u201D' or '\u201C' or '\u2019' or '\u00BB' or ')')
            {
                end++;
            }

            if (end >= block.Length || !char.IsWhiteSpace(block[end]))
            {
                continue;
            }

            var next = end;
            while (next < block.Length && char.IsWhiteSpace(block[next]))
            {
                next++;
            }

            if (next >= block.Length || !StartsSentence(block[next]))
            {
                continue;
            }

            if (c == '.' && !PeriodEndsSentence(block, i, next))
            {
                continue;
            }

            Add(block[start..end], sentences);
            start = next;
            i = next - 1;
        }

        Add(block[start..], sentences);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201E' or '\u201C' or '\u00AB' or '\'' or '(' or '\u2018';

    private static bool PeriodEndsSentence(ReadOnlySpan<char> block, int period, int next)
    {
        var wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(block[wordStart - 1]) && block[wordStart - 1] is not ('(' or '"' or '\u201E' or '\u00AB'))
        {
            wordStart--;
        }

        var word = block[wordStart..period];
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length <= 2 && IsAllDigits(word))
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Contains('.'))
        {
            return SentenceOpenerLookup.Contains(NextWord(block, next));
        }

        return !AbbreviationLookup.Contains(word);
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> block, int start)
    {
        var end = start;
        while (end < block.Length && char.IsLetter(block[end]))
        {
            end++;
        }

        return block[start..end];
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(ReadOnlySpan<char> sentence, List<string> sentences)
    {
        var trimmed = sentence.Trim();
        if (!trimmed.IsEmpty)
        {
            sentences.Add(trimmed.ToString());
        }
    }
}
