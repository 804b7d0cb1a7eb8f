using Lucene.Net.Analysis.Util;

namespace SearchPortal.Search.Analysis;

/// <summary>Splits a lower-cased German word into dictionary parts that cover it completely, or not at all.</summary>
/// <remarks>
/// Lucene's DictionaryCompoundWordTokenFilter emits every dictionary word found anywhere inside a token. Measured on
/// 10kGNAD with this word list it adds ~48 subwords per 100 words (onlyLongestMatch=true; ~65 with false) and most of
/// them are fragments: "werden" gives "erden", "seine" "sein", "Regierung" "gier", "Bedingungen" "ding". Requiring the
/// parts to cover the whole word (with German linking elements between them and an inflection ending after the last)
/// keeps real compounds ("Generalkonsulats" = general + konsulat + s) and leaves simple words alone.
/// Among covering segmentations the one with the fewest parts wins, which prefers long parts over short ones.
/// </remarks>
internal sealed class GermanCompoundSegmenter
{
    // Fugenelemente between parts: Wirtschaft-s-zusammenarbeit, Präsident-en-wahl, Bund-es-land.
    private static readonly string[] LinkingElements = ["", "s", "es", "n", "en", "e", "er", "ens"];

    // Inflection after the last part: Generalkonsulat-s, Außenminister-n, Ministerinnen (ministerin + nen).
    private static readonly string[] FinalEndings = ["", "s", "es", "e", "en", "n", "er", "ern", "ns", "nen"];

    private const int Unreachable = int.MaxValue;

    private readonly CharArraySet parts;
    private readonly int minPartLength;
    private readonly int maxPartLength;

    // Reused between calls (one segmenter per token filter, one filter per thread): fewest parts from a position
    // to the end, and where the chosen part ends and the next one starts.
    private int[] fewestParts = new int[64];
    private int[] partEnd = new int[64];
    private int[] nextStart = new int[64];

    public GermanCompoundSegmenter(CharArraySet parts, int minPartLength, int maxPartLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minPartLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPartLength, minPartLength);
        this.parts = parts;
        this.minPartLength = minPartLength;
        this.maxPartLength = maxPartLength;
    }

    /// <summary>
    /// Adds (start, length) of every part of word[0..length) to <paramref name="found"/>, then every run of two or
    /// more adjacent parts short of the whole word (außen|minister|treffen also yields "außenminister", so a query
    /// for the two-part compound finds the three-part one). Adds nothing when the word is not a compound.
    /// </summary>
    /// <returns>How many of the added entries are single parts (they come first); 0 when the word is not a compound.</returns>
    public int Segment(char[] word, int length, List<(int Start, int Length)> found)
    {
        if (length < 2 * minPartLength)
        {
            return 0;
        }

        EnsureCapacity(length + 1);
        for (int i = 0; i <= length; i++)
        {
            fewestParts[i] = Unreachable;
        }

        for (int start = length - minPartLength; start >= 0; start--)
        {
            int longest = Math.Min(maxPartLength, length - start);
            for (int partLength = minPartLength; partLength <= longest; partLength++)
            {
                if (!parts.Contains(word, start, partLength))
                {
                    continue;
                }

                int end = start + partLength;
                if (IsOneOf(word, end, length - end, FinalEndings))
                {
                    Choose(start, 1, end, length);
                    continue;
                }

                foreach (string link in LinkingElements)
                {
                    int next = end + link.Length;
                    if (next < length && fewestParts[next] != Unreachable
                        && Matches(word, end, link) && fewestParts[next] + 1 < fewestParts[start])
                    {
                        Choose(start, fewestParts[next] + 1, end, next);
                    }
                }
            }
        }

        if (fewestParts[0] is Unreachable or < 2)
        {
            return 0;
        }

        int firstIndex = found.Count;
        for (int position = 0; position < length; position = nextStart[position])
        {
            found.Add((position, partEnd[position] - position));
        }

        int partCount = found.Count - firstIndex;
        for (int from = 0; from < partCount; from++)
        {
            for (int to = from + 1; to < partCount; to++)
            {
                if (from == 0 && to == partCount - 1)
                {
                    continue; // the whole word is already the original token
                }

                var first = found[firstIndex + from];
                var last = found[firstIndex + to];
                found.Add((first.Start, last.Start + last.Length - first.Start));
            }
        }

        return partCount;
    }

    private void Choose(int start, int count, int end, int next)
    {
        if (count < fewestParts[start])
        {
            fewestParts[start] = count;
            partEnd[start] = end;
            nextStart[start] = next;
        }
    }

    private static bool IsOneOf(char[] word, int offset, int length, string[] candidates)
    {
        foreach (string candidate in candidates)
        {
            if (candidate.Length == length && Matches(word, offset, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(char[] word, int offset, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (word[offset + i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    private void EnsureCapacity(int size)
    {
        if (fewestParts.Length < size)
        {
            fewestParts = new int[size];
            partEnd = new int[size];
            nextStart = new int[size];
        }
    }
}
