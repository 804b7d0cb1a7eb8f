namespace SearchPortal.Search.Highlighting;

/// <summary>
/// A passage of an article with the words that matched a query marked by character offsets into <see cref="Text"/>:
/// plain text, never markup, so each renderer (the portal, the JSON writer) encodes and marks it its own way.
/// </summary>
/// <param name="Text">The passage, with every run of whitespace as one space.</param>
/// <param name="Marks">Matched ranges of <paramref name="Text"/>, ordered, not overlapping, not empty.</param>
/// <param name="ClippedBefore">The article goes on before the passage (renderers show an ellipsis).</param>
/// <param name="ClippedAfter">The passage stops inside a sentence that goes on (renderers show an ellipsis); a passage
/// ending its sentence is not clipped even when the article goes on.</param>
public sealed record MarkedText(string Text, IReadOnlyList<TextSpan> Marks, bool ClippedBefore = false, bool ClippedAfter = false)
{
    /// <summary>The ellipsis renderers show where a passage is clipped.</summary>
    public const string Ellipsis = "…";

    /// <summary>The text cut at the marks, in order: unmarked and marked pieces, none empty.</summary>
    public IEnumerable<(string Text, bool Marked)> Pieces()
    {
        var position = 0;
        foreach (var mark in Marks)
        {
            if (mark.Start > position)
            {
                yield return (Text[position..mark.Start], false);
            }

            yield return (Text[mark.Start..mark.End], true);
            position = mark.End;
        }

        if (position < Text.Length)
        {
            yield return (Text[position..], false);
        }
    }
}
