namespace SearchPortal.Search.Highlighting;

/// <summary>How much of a text the highlighter searches for query terms.</summary>
internal static class HighlightedPrefix
{
    /// <summary>
    /// Snippets are chosen from the first 10,000 characters, as Lucene's UnifiedHighlighter does by default: a page of
    /// ten 60,000-character briefings otherwise costs 1.5-2 ms of snippets (reading, cutting and scoring all of
    /// them) where ten ordinary articles cost 0.2 ms. Nine in ten articles of the archive are shorter than this.
    /// </summary>
    public const int SnippetChars = 10_000;

    /// <summary>The whole-text view marks terms up to here, so that a huge text costs no more than a long article.</summary>
    public const int WholeTextChars = 100_000;

    private static readonly char[] Breaks = [' ', '\n', '\t', '\r'];

    /// <summary>
    /// All of <paramref name="text"/> up to <paramref name="maxChars"/>, else the part before the last whitespace
    /// within them, so that the last word searched is whole, not a fragment that might match wrongly.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text.Length;
        }

        var cut = text[..maxChars].LastIndexOfAny(Breaks);
        if (cut <= 0)
        {
            cut = char.IsLowSurrogate(text[maxChars]) ? maxChars - 1 : maxChars;
        }

        return cut;
    }
}
