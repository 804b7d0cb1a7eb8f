namespace SearchPortal.Search.Highlighting;

/// <summary>Turns a text and its matches into marked passages: the best windows as snippets, or the whole text in paragraphs.</summary>
internal static class SnippetRenderer
{
    /// <summary>The best windows by distinct matched terms, in text order; the unmarked lead when nothing matches.</summary>
    /// <param name="continues">Whether the article goes on after <paramref name="text"/> (only its start was read).</param>
    public static IReadOnlyList<MarkedText> Snippets(string text, bool continues, TextMatches? matches, int maxSnippets)
    {
        if (maxSnippets <= 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var textStart = WordBoundary.SkipWhiteSpace(text, 0, text.Length);
        var textEnd = continues ? int.MaxValue : WordBoundary.TrimEnd(text, textStart, text.Length);
        if (matches is { IsEmpty: false })
        {
            // Marks are ordered and merged: the first starts first and the last ends last.
            var windows = SnippetWindows.Candidates(text, matches.AnalyzedLength, matches.Marks[0].Start, matches.Marks[^1].End);
            var picked = SnippetSelector.Pick(windows, matches, maxSnippets);
            var snippets = new MarkedText[picked.Count];
            for (var i = 0; i < picked.Count; i++)
            {
                snippets[i] = Window(text, picked[i], textStart, textEnd, matches.Marks);
            }

            return snippets;
        }

        return [Window(text, SnippetWindows.Lead(text), textStart, textEnd, [])];
    }

    /// <summary>The whole text, one passage per blank-line separated paragraph, <paramref name="marks"/> marked.</summary>
    public static IReadOnlyList<MarkedText> WholeText(string text, List<TextSpan> marks)
    {
        var paragraphs = new List<MarkedText>();
        var start = 0;
        while (start < text.Length)
        {
            var end = ParagraphEnd(text, start);
            var from = WordBoundary.SkipWhiteSpace(text, start, end);
            var to = WordBoundary.TrimEnd(text, from, end);
            if (to > from)
            {
                paragraphs.Add(new MarkedTextBuilder().Append(text, from, to, marks).Build());
            }

            start = end;
        }

        return paragraphs;
    }

    // The ellipsis of a window clipped after stands for the rest of its sentence: after the sentence's own end it
    // would double the punctuation ("said.…"), after a comma or colon it would follow it (",…"), so a window ending a
    // sentence gets none and one ending at such a mark loses the mark.
    private static MarkedText Window(string text, TextSpan window, int textStart, int textEnd, List<TextSpan> marks)
    {
        var end = window.End;
        var clippedAfter = end < textEnd;
        if (clippedAfter)
        {
            var last = end;
            while (last > window.Start && IsClosingQuote(text[last - 1]))
            {
                last--;
            }

            if (last > window.Start && text[last - 1] is '.' or '!' or '?' or '…')
            {
                clippedAfter = false;
            }
            else
            {
                while (end > window.Start && (text[end - 1] is ',' or ';' or ':' or '-' or '–' || char.IsWhiteSpace(text[end - 1])))
                {
                    end--;
                }
            }
        }

        return new MarkedTextBuilder().Append(text, window.Start, end, marks).Build(window.Start > textStart, clippedAfter);
    }

    private static bool IsClosingQuote(char c) => c is '"' or '\'' or '”' or '“' or '’' or '»' or '«' or ')';

    // A paragraph ends after a line that holds only whitespace (a blank line, or one with a non-breaking space).
    private static int ParagraphEnd(string text, int start)
    {
        var lineStart = start;
        var sawText = false;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline + 1;
            var blank = WordBoundary.SkipWhiteSpace(text, lineStart, lineEnd) == lineEnd;
            if (blank && sawText)
            {
                return lineEnd;
            }

            sawText |= !blank;
            lineStart = lineEnd;
        }

        return text.Length;
    }
}
