using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Input;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Presentation;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Pages.Articles;

/// <summary>One article: its cleaned text (query terms marked when reached from a search), metadata, facets with evidence, related articles.</summary>
public sealed class ShowModel(IArticleSearch search, DateDisplay dates, IOptions<SearchPortalOptions> options) : PageModel
{
    public const int RelatedCount = 5;

    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<SearchHit> Related { get; private set; } = [];

    public string? Query { get; private set; }

    /// <summary>The part of the text shown: a very long article is cut (SearchPortal:MaxArticleCharacters) with a notice.</summary>
    public ArticleTextCut Text { get; private set; } = null!;

    public DateDisplay Dates => dates;

    public IActionResult OnGet(string? id)
    {
        if (SearchStateReader.ReadQuery(Request.Query["q"], options.Value, out var q) is not null)
        {
            return BadRequest();
        }

        Query = q.Length == 0 ? null : q;

        // An id with characters no id has (a control character, a noncharacter) names no article.
        var article = string.IsNullOrEmpty(id) || !QueryText.IsClean(id) ? null : search.Find(id, Query);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Text = ArticleTextCut.Of(article, options.Value.MaxArticleCharacters);
        Related = search.MoreLikeThis(article.Id, RelatedCount);
        return Page();
    }

    /// <summary>The source address as a link target, only when it is a plain web address (never javascript: or data:).</summary>
    public string? SafeUrl =>
        Uri.TryCreate(Article.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
