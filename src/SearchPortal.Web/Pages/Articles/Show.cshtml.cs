using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Presentation;

namespace SearchPortal.Web.Pages.Articles;

/// <summary>One article: its cleaned text (query terms marked when reached from a search), metadata, facets with evidence, related articles.</summary>
public sealed class ShowModel(IArticleSearch search, DateDisplay dates) : PageModel
{
    public const int RelatedCount = 5;

    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<SearchHit> Related { get; private set; } = [];

    public string? Query { get; private set; }

    public DateDisplay Dates => dates;

    public IActionResult OnGet(string? id, string? q)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var article = string.IsNullOrEmpty(id) ? null : search.Find(id, Query);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Related = search.MoreLikeThis(article.Id, RelatedCount);
        return Page();
    }

    /// <summary>The source address as a link target, only when it is a plain web address (never javascript: or data:).</summary>
    public string? SafeUrl =>
        Uri.TryCreate(Article.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
