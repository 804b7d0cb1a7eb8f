using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using SearchPortal.Search.Highlighting;

namespace SearchPortal.Search.Json;

/// <summary>
/// A <see cref="MarkedText"/> as an HTML fragment for JSON clients: every character encoded, marks in &lt;mark&gt;,
/// an ellipsis where the passage is clipped. The only markup in the output is written here.
/// </summary>
public static class MarkedTextHtml
{
    // All ranges allowed: letters such as ß stay readable, while < > & " ' and + are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Of(MarkedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder(text.Text.Length + 16 * text.Marks.Count + 2);
        if (text.ClippedBefore)
        {
            html.Append(MarkedText.Ellipsis);
        }

        foreach (var (piece, marked) in text.Pieces())
        {
            html.Append(marked ? "<mark>" : string.Empty).Append(Encoder.Encode(piece)).Append(marked ? "</mark>" : string.Empty);
        }

        if (text.ClippedAfter)
        {
            html.Append(MarkedText.Ellipsis);
        }

        return html.ToString();
    }
}
