using System.Buffers;

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

    // The characters that can end a sentence; everything between them is skipped with a vectorized search.
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("\n.!?…");

    /// <summary>Candidate windows over text[0..limit), ordered by start.</summary>
    public static List<TextSpan> Candidates(string text, int limit) => Candidates(text, limit, 0, limit);

    /// <summary>
    /// The candidate windows over text[0..limit) that can hold a match in text[<paramref name="first"/>..
    /// <paramref name="last"/>), exactly as <see cref="Candidates(string, int)"/> cuts them (a window is at most
    /// <see cref="MaxWindow"/> long), plus some that hold none; only the stretch around the matches is read.
    /// </summary>
    public static List<TextSpan> Candidates(string text, int limit, int first, int last)
    {
        // Sentences are found by looking only at the characters around a sentence end, so reading can start right
        // after one and stop at one without changing the sentences in between.
        var from = SentenceStartAtOrBefore(text, Math.Max(0, first - MaxWindow), limit);
        var to = SentenceEndAtOrAfter(text, Math.Min(limit, last + MaxWindow), limit);
        var segments = Segments(text, from, to, limit);
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

    // Sentences end at a line break or at . ! ? … (plus closing quotes) followed by whitespace. Reads text[from..to)
    // where from follows a sentence end (or is 0) and to is one (or is limit).
    private static List<TextSpan> Segments(string text, int from, int to, int limit)
    {
        var segments = new List<TextSpan>();
        var start = from;
        var i = NextSentenceEndCharacter(text, from, to);
        while (i >= 0)
        {
            if (text[i] == '\n')
            {
                AddSegment(text, start, i, segments);
                start = i + 1;
            }
            else if (SentenceEndAfterPunctuation(text, i, limit) is var end and >= 0)
            {
                AddSegment(text, start, end, segments);
                start = end;
            }

            i = NextSentenceEndCharacter(text, Math.Max(i + 1, start), to);
        }

        AddSegment(text, start, to, segments);
        return segments;
    }

    private static int NextSentenceEndCharacter(string text, int from, int to)
    {
        if (from >= to)
        {
            return -1;
        }

        var found = text.AsSpan(from, to - from).IndexOfAny(SentenceEnds);
        return found < 0 ? -1 : from + found;
    }

    // Where the sentence ends when text[i] is . ! ? or …: after the closing quotes, if whitespace or the end follows.
    private static int SentenceEndAfterPunctuation(string text, int i, int limit)
    {
        var j = i + 1;
        while (j < limit && IsClosingQuote(text[j]))
        {
            j++;
        }

        return j == limit || char.IsWhiteSpace(text[j]) ? j : -1;
    }

    // The last position at or before `position` where Segments starts a sentence: after a line break or a sentence end.
    private static int SentenceStartAtOrBefore(string text, int position, int limit)
    {
        var i = text.AsSpan(0, position).LastIndexOfAny(SentenceEnds);
        while (i >= 0)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }

            if (SentenceEndAfterPunctuation(text, i, limit) is var end and >= 0 && end <= position)
            {
                return end;
            }

            i = text.AsSpan(0, i).LastIndexOfAny(SentenceEnds);
        }

        return 0;
    }

    // The first position at or after `position` where Segments ends a sentence, else limit.
    private static int SentenceEndAtOrAfter(string text, int position, int limit)
    {
        var i = NextSentenceEndCharacter(text, position, limit);
        while (i >= 0)
        {
            if (text[i] == '\n')
            {
                return i;
            }

            if (SentenceEndAfterPunctuation(text, i, limit) is var end and >= 0)
            {
                return end;
            }

            i = NextSentenceEndCharacter(text, i + 1, limit);
        }

        return limit;
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
