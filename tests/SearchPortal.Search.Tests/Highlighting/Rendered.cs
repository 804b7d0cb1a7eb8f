using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Json;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>The highlighter's marked passages as the JSON writer renders them, so assertions read like the HTML a client gets.</summary>
internal static class Rendered
{
    public static string Snippet(MarkedText snippet) => MarkedTextHtml.Of(snippet);

    public static List<string> Snippets(IReadOnlyList<MarkedText> snippets) => snippets.Select(MarkedTextHtml.Of).ToList();

    public static List<string>[] Snippets(IReadOnlyList<MarkedText>[] perHit) => perHit.Select(Snippets).ToArray();

    /// <summary>A whole text, one &lt;p&gt; per paragraph.</summary>
    public static string Paragraphs(IReadOnlyList<MarkedText> paragraphs) =>
        string.Concat(paragraphs.Select(p => "<p>" + MarkedTextHtml.Of(p) + "</p>"));
}
