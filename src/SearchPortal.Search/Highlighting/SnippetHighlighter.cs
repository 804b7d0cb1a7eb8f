using Lucene.Net.Analysis;

namespace SearchPortal.Search.Highlighting;

/// <summary>Builds HTML snippets in which matched terms are wrapped in &lt;mark&gt; and everything else is HTML-encoded.</summary>
/// <remarks>
/// The text is re-analysed with the index analyzer for the article's language body field and for body_std, so
/// stemmed forms, folded accents and compound parts are found exactly where the index found them. Thread-safe:
/// the analyzer's reuse strategy keeps token streams per thread.
/// </remarks>
public sealed class SnippetHighlighter
{
    private readonly TermMatcher matcher;

    /// <summary>Uses <paramref name="indexAnalyzer"/>, the analyzer the body fields were indexed with.</summary>
    public SnippetHighlighter(Analyzer indexAnalyzer)
    {
        ArgumentNullException.ThrowIfNull(indexAnalyzer);
        matcher = new TermMatcher(indexAnalyzer);
    }

    /// <summary>
    /// Up to <paramref name="maxSnippets"/> non-overlapping passages of about 200-300 characters in text order, those
    /// with the most distinct matched terms first chosen, cut at word boundaries with ellipses. When nothing matches,
    /// one unmarked snippet from the start of the text.
    /// </summary>
    public IReadOnlyList<string> BestSnippets(string text, string language, QueryTerms terms, int maxSnippets = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        if (maxSnippets <= 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var textStart = WordBoundary.SkipWhiteSpace(text, 0, text.Length);
        var textEnd = WordBoundary.TrimEnd(text, textStart, text.Length);
        if (!terms.IsEmpty)
        {
            var matches = matcher.Find(text, language, terms);
            if (!matches.IsEmpty)
            {
                var windows = SnippetWindows.Candidates(text, matches.AnalyzedLength);
                var picked = SnippetSelector.Pick(windows, matches, maxSnippets);
                var snippets = new string[picked.Count];
                for (var i = 0; i < picked.Count; i++)
                {
                    snippets[i] = Render(text, picked[i], textStart, textEnd, matches.Marks);
                }

                return snippets;
            }
        }

        return [Render(text, SnippetWindows.Lead(text), textStart, textEnd, [])];
    }

    /// <summary>The whole text, HTML-encoded, one &lt;p&gt; per blank-line separated paragraph, every matched term marked.</summary>
    public string HighlightAll(string text, string language, QueryTerms terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var marks = terms.IsEmpty ? [] : matcher.Find(text, language, terms).Marks;
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

    private static string Render(string text, TextSpan window, int textStart, int textEnd, List<TextSpan> marks)
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
