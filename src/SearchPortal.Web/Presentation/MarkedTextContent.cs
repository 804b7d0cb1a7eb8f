using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SearchPortal.Search.Highlighting;

namespace SearchPortal.Web.Presentation;

/// <summary>
/// Renders a passage the engine marked: its text encoded by the page's encoder, the marks as &lt;mark&gt;, an ellipsis
/// where it is clipped. The markup is the portal's own; nothing from the article reaches the page unencoded.
/// </summary>
public sealed class MarkedTextContent(MarkedText text) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        if (text.ClippedBefore)
        {
            writer.Write(MarkedText.Ellipsis);
        }

        foreach (var (piece, marked) in text.Pieces())
        {
            if (marked)
            {
                writer.Write("<mark>");
                encoder.Encode(writer, piece);
                writer.Write("</mark>");
            }
            else
            {
                encoder.Encode(writer, piece);
            }
        }

        if (text.ClippedAfter)
        {
            writer.Write(MarkedText.Ellipsis);
        }
    }
}
