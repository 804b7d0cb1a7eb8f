namespace SearchPortal.Search.Highlighting;

/// <summary>Finds places where a text may be cut without splitting a word or a surrogate pair.</summary>
internal static class WordBoundary
{
    /// <summary>
    /// The largest word end in (<paramref name="from"/>, <paramref name="limit"/>]: a position right after a
    /// non-whitespace character and at whitespace or the text end. When a single word fills the whole range it is
    /// cut at <paramref name="limit"/>, moved back so that no surrogate pair is split.
    /// </summary>
    public static int EndBefore(string text, int from, int limit)
    {
        limit = Math.Min(limit, text.Length);
        for (var k = limit; k > from; k--)
        {
            if ((k == text.Length || char.IsWhiteSpace(text[k])) && !char.IsWhiteSpace(text[k - 1]))
            {
                return k;
            }
        }

        var hard = limit;
        if (hard < text.Length && hard > from + 1 && char.IsLowSurrogate(text[hard]))
        {
            hard--;
        }

        return hard;
    }

    /// <summary>The first non-whitespace position at or after <paramref name="index"/>, or <paramref name="end"/>.</summary>
    public static int SkipWhiteSpace(string text, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The position after the last non-whitespace character before <paramref name="end"/>, or <paramref name="start"/>.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
