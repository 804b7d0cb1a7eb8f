using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>
/// An oracle independent of our highlighter: the words of a text that Lucene's own highlighter (Highlighter with a
/// QueryScorer, which re-analyses the text and honours phrases and prefixes) marks for a query.
/// </summary>
internal static class LuceneHighlighterMarks
{
    /// <summary>The marked words of <paramref name="text"/> analysed as <paramref name="field"/>, in text order.</summary>
    public static List<string> Words(Analyzer analyzer, Query query, string field, string text)
    {
        var recorder = new MarkRecorder();
        var highlighter = new Highlighter(recorder, new QueryScorer(query, field))
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = int.MaxValue,
        };

        // The highlighter resets, reads, ends and disposes the stream itself.
        highlighter.GetBestFragments(analyzer.GetTokenStream(field, text), text, 1);
        return recorder.Marked;
    }

    // Records what the highlighter would wrap in tags instead of wrapping it.
    private sealed class MarkRecorder : IFormatter
    {
        public List<string> Marked { get; } = [];

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                Marked.Add(originalText);
            }

            return originalText;
        }
    }
}
