namespace SearchPortal.Search.Highlighting;

/// <summary>Cuts a text into candidate snippet windows that start at sentence starts and end at word ends.</summary>
internal static class SnippetWindows
{
    /// <summary>A window grows sentence by sentence up to this many characters.</summary>
    internal const int MaxWindow = 280;

    /// <summary>A window shorter than this borrows whole words from the next sentence.</summary>
    internal const int MinWindow = 200;

    /// <summary>Length of the lead snippet shown when nothing matches.</summary>
    internal const int LeadLength = 250;

    // Longer sentences are split into word-bounded chunks so that a window can always hold at least one piece.
    private const int MaxSegment = 250;

    /// <summary>Candidate windows over text[0..limit), ordered by start.</summary>
    public static List<TextSpan> Candidates(string text, int limit)
    {
        var segments = Segments(text, limit);
        var windows = new List<TextSpan>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var start = segments[i].Start;
            var j = i;
            while (j + 1 < segments.Count && segments[j + 1].End - start <= MaxWindow)
            {
                j++;
            }

            var end = segments[j].End;
            if (end - start < MinWindow && j + 1 < segments.Count)
            {
                var next = segments[j + 1];
                var room = Math.Min(next.End, start + MaxWindow);
                if (room > next.Start)
                {
                    var cut = WordBoundary.EndBefore(text, next.Start, room);
                    if (cut > next.Start && IsWordEnd(text, cut))
                    {
                        end = cut;
                    }
                }
            }

            windows.Add(new TextSpan(start, end));
        }

        return windows;
    }

    /// <summary>The start of the text, about <see cref="LeadLength"/> characters, cut at a word end.</summary>
    public static TextSpan Lead(string text)
    {
        var start = WordBoundary.SkipWhiteSpace(text, 0, text.Length);
        var end = WordBoundary.TrimEnd(text, start, text.Length);
        if (end - start > LeadLength)
        {
            end = WordBoundary.EndBefore(text, start, start + LeadLength);
        }

        return new TextSpan(start, end);
    }

    // Sentences end at a line break or at . ! ? … (plus closing quotes) followed by whitespace.
    private static List<TextSpan> Segments(string text, int limit)
    {
        var segments = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                AddSegment(text, start, i, segments);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < limit && IsClosingQuote(text[j]))
                {
                    j++;
                }

                if (j == limit || char.IsWhiteSpace(text[j]))
                {
                    AddSegment(text, start, j, segments);
                    start = j;
                    i = j - 1;
                }
            }
        }

        AddSegment(text, start, limit, segments);
        return segments;
    }

    private static void AddSegment(string text, int start, int end, List<TextSpan> segments)
    {
        start = WordBoundary.SkipWhiteSpace(text, start, end);
        end = WordBoundary.TrimEnd(text, start, end);
        while (end - start > MaxSegment)
        {
            var cut = WordBoundary.EndBefore(text, start, start + MaxSegment);
            segments.Add(new TextSpan(start, cut));
            start = WordBoundary.SkipWhiteSpace(text, cut, end);
        }

        if (end > start)
        {
            segments.Add(new TextSpan(start, end));
        }
    }

    private static bool IsWordEnd(string text, int index) => index == text.Length || char.IsWhiteSpace(text[index]);

    private static bool IsClosingQuote(char c) => c is '"' or '\'' or '”' or '“' or '’' or '»' or '«' or ')';
}
