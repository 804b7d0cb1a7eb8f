using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Writes a range of text as HTML: every character encoded, runs of whitespace as one space, marked ranges wrapped
/// in &lt;mark&gt;. The only markup in the output is the markup written here.
/// </summary>
internal sealed class HtmlSnippetWriter
{
    internal const string Ellipsis = "…";

    // All ranges allowed: letters such as ß stay readable, while < > & " ' and + are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder html = new();
    private readonly StringWriter writer;

    public HtmlSnippetWriter() => writer = new StringWriter(html, System.Globalization.CultureInfo.InvariantCulture);

    public void Raw(string markup) => html.Append(markup);

    /// <summary>Writes text[start..end) with the parts of <paramref name="marks"/> that fall inside it marked.</summary>
    public void Text(string text, int start, int end, List<TextSpan> marks)
    {
        var m = FirstMarkEndingAfter(marks, start);
        var position = start;
        for (; m < marks.Count && marks[m].Start < end; m++)
        {
            var markStart = Math.Max(marks[m].Start, start);
            var markEnd = Math.Min(marks[m].End, end);
            Plain(text, position, markStart);
            html.Append("<mark>");
            Plain(text, markStart, markEnd);
            html.Append("</mark>");
            position = markEnd;
        }

        Plain(text, position, end);
    }

    public override string ToString() => html.ToString();

    // Encodes in as few calls as possible: only whitespace other than a single plain space interrupts the run.
    private void Plain(string text, int start, int end)
    {
        var run = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c) || (c == ' ' && (i + 1 == end || !char.IsWhiteSpace(text[i + 1]))))
            {
                i++;
                continue;
            }

            Encoder.Encode(writer, text, run, i - run);
            html.Append(' ');
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            run = i;
        }

        Encoder.Encode(writer, text, run, end - run);
    }

    private static int FirstMarkEndingAfter(List<TextSpan> marks, int position)
    {
        int low = 0, high = marks.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (marks[mid].End <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
