using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Searching;

/// <summary>
/// The part of an article's text the portal sends, for its page and /api/articles alike: whole paragraphs up to the
/// configured number of characters, the paragraph crossing the limit cut at a word. A very long record (a pasted
/// book, a broken feed) would otherwise be sent whole to every reader who opens it.
/// </summary>
/// <param name="Paragraphs">The marked paragraphs shown; the last one clipped when the text is cut inside it.</param>
/// <param name="Text">The plain text shown: the article's text up to the cut.</param>
/// <param name="TotalCharacters">The length of the whole text.</param>
public sealed record ArticleTextCut(IReadOnlyList<MarkedText> Paragraphs, string Text, int TotalCharacters)
{
    /// <summary>Whether some of the text is not shown.</summary>
    public bool IsCut => Text.Length < TotalCharacters;

    public static ArticleTextCut Of(ArticleView article, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Text.Length <= maxCharacters)
        {
            return new ArticleTextCut(article.Paragraphs, article.Text, article.Text.Length);
        }

        var text = article.Text[..CutAt(article.Text, maxCharacters)];
        var paragraphs = new List<MarkedText>();
        var room = text.Length;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.Text.Length <= room)
            {
                paragraphs.Add(paragraph);
                room -= paragraph.Text.Length;
                continue;
            }

            var end = CutAt(paragraph.Text, room);
            if (end > 0)
            {
                paragraphs.Add(paragraph with
                {
                    Text = paragraph.Text[..end],
                    Marks = [.. paragraph.Marks.Where(mark => mark.End <= end)],
                    ClippedAfter = true,
                });
            }

            break;
        }

        return new ArticleTextCut(paragraphs, text, article.Text.Length);
    }

    // At most max characters, backed off to the last space when one is near, never between the halves of a pair.
    private static int CutAt(string text, int max)
    {
        if (text.Length <= max)
        {
            return text.Length;
        }

        var end = max;
        var space = text.LastIndexOf(' ', Math.Max(0, end - 1), Math.Min(end, 100));
        if (space > 0)
        {
            end = space;
        }
        else if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
