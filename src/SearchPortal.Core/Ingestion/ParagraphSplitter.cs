using System.Text;

namespace SearchPortal.Core.Ingestion;

/// <summary>Splits raw article text into paragraphs: runs of non-blank lines, where a line of only whitespace or non-breaking spaces is blank.</summary>
internal static class ParagraphSplitter
{
    /// <summary>The paragraphs, each trimmed, its lines joined by a single space.</summary>
    public static List<string> Split(string content)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in content.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                Flush(current, paragraphs);
                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }
}
