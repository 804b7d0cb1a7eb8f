namespace SearchPortal.Search.Highlighting;

/// <summary>Turns a text and its matches into HTML: the best windows as snippets, or the whole text in paragraphs.</summary>
internal static class SnippetRenderer
{
    /// <summary>The best windows by distinct matched terms, in text order; the unmarked lead when nothing matches.</summary>
    /// <param name="continues">Whether the article goes on after <paramref name="text"/> (only its start was read).</param>
    public static IReadOnlyList<string> Snippets(string text, bool continues, TextMatches? matches, int maxSnippets)
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
            var snippets = new string[picked.Count];
            for (var i = 0; i < picked.Count; i++)
            {
                snippets[i] = Window(text, picked[i], textStart, textEnd, matches.Marks);
            }

            return snippets;
        }

        return [Window(text, SnippetWindows.Lead(text), textStart, textEnd, [])];
    }

    /// <summary>The whole text, one &lt;p&gt; per blank-line separated paragraph, <paramref name="marks"/> marked.</summary>
    public static string WholeText(string text, List<TextSpan> marks)
    {
        var html = new HtmlSnippetWriter();
        var start = 0;
        while (start < text.Length)
        {
            var end = ParagraphEnd(text, start);
            var from = WordBoundary.SkipWhiteSpace(text, start, end);
            var to = WordBoundary.TrimEnd(text, from, end);
            if (to > from)
            {
                html.Raw("<p>");
                html.Text(text, from, to, marks);
                html.Raw("</p>");
            }

            start = end;
        }

        return html.ToString();
    }

    private static string Window(string text, TextSpan window, int textStart, int textEnd, List<TextSpan> marks)
    {
        var html = new HtmlSnippetWriter();
        if (window.Start > textStart)
        {
            html.Raw(HtmlSnippetWriter.Ellipsis);
        }

        html.Text(text, window.Start, window.End, marks);
        if (window.End < textEnd)
        {
            html.Raw(HtmlSnippetWriter.Ellipsis);
        }

        return html.ToString();
    }

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
