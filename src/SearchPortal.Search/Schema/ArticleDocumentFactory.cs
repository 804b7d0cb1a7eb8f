using SearchPortal.Core.Articles;

namespace SearchPortal.Search.Schema;

/// <summary>What the article document (<see cref="ReusableArticleDocument"/>) derives from an article: its date sort key, and whether its title is searched.</summary>
internal static class ArticleDocumentFactory
{
    /// <summary>yyyymmdd as a number so that newer sorts higher; 0 for an undated article.</summary>
    public static long DateSortKey(DateOnly? date) =>
        date is { } d ? (d.Year * 10000L) + (d.Month * 100L) + d.Day : 0L;

    /// <summary>
    /// Whether the title is the opening of the text, as ingestion derives it for an article without a headline
    /// ("First sentence of the text…"). Such a title says nothing the body does not, and searched as a title it
    /// made the lede outrank the article's real subject (untitled LegalQuAD and XQuAD-de: up to 0.009 nDCG@10).
    /// </summary>
    public static bool IsDerivedTitle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var opening = article.Title.AsSpan().TrimEnd('…').TrimEnd();
        return opening.Length > 0 && article.Text.AsSpan().TrimStart().StartsWith(opening, StringComparison.Ordinal);
    }
}
