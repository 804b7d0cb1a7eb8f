using System.Text;

namespace SearchPortal.Search.Searching;

/// <summary>Wraps highlighted article text into HTML paragraphs at its blank lines.</summary>
internal static class ArticleHtml
{
    /// <param name="highlighted">HTML-encoded text whose paragraphs are still separated by blank lines.</param>
    public static string Paragraphs(string highlighted)
    {
        var html = new StringBuilder(highlighted.Length + 64);
        foreach (var paragraph in highlighted.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(paragraph).Append("</p>\n");
        }

        return html.ToString();
    }
}
