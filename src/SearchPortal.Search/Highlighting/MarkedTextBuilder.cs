using System.Text;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// Copies a range of an article's text into a <see cref="MarkedText"/>: runs of whitespace become one space, and the
/// marks that fall inside the range are moved to the copied text's offsets.
/// </summary>
internal sealed class MarkedTextBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<TextSpan> marks = [];

    /// <summary>Copies source[start..end) with the parts of <paramref name="sourceMarks"/> (ordered, merged) inside it marked.</summary>
    public MarkedTextBuilder Append(string source, int start, int end, List<TextSpan> sourceMarks)
    {
        var m = FirstMarkEndingAfter(sourceMarks, start);
        var position = start;
        for (; m < sourceMarks.Count && sourceMarks[m].Start < end; m++)
        {
            var markStart = Math.Max(sourceMarks[m].Start, start);
            var markEnd = Math.Min(sourceMarks[m].End, end);
            Plain(source, position, markStart);
            var from = text.Length;
            Plain(source, markStart, markEnd);
            if (text.Length > from)
            {
                marks.Add(new TextSpan(from, text.Length));
            }

            position = markEnd;
        }

        Plain(source, position, end);
        return this;
    }

    public MarkedText Build(bool clippedBefore = false, bool clippedAfter = false) =>
        new(text.ToString(), marks.ToArray(), clippedBefore, clippedAfter);

    // Appends in as few calls as possible: only whitespace other than a single plain space interrupts the run.
    private void Plain(string source, int start, int end)
    {
        var run = start;
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (!char.IsWhiteSpace(c) || (c == ' ' && (i + 1 == end || !char.IsWhiteSpace(source[i + 1]))))
            {
                i++;
                continue;
            }

            text.Append(source, run, i - run).Append(' ');
            while (i < end && char.IsWhiteSpace(source[i]))
            {
                i++;
            }

            run = i;
        }

        text.Append(source, run, end - run);
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
