using Microsoft.Extensions.Options;
using SearchPortal.Core.Input;
using SearchPortal.Search.Json;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Api;

/// <summary>The JSON API: /api/search, /api/articles/{id}, /api/suggest, in the CLI's --json shape. Errors are application/problem+json.</summary>
public static class ApiEndpoints
{
    private static readonly SearchJson.Extras WebExtras = new(Snippets: true, Selected: true, TookMs: true);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/search", Search);
        api.MapGet("/articles/{**id}", Article);
        api.MapGet("/suggest", Suggest);
        return endpoints;
    }

    private static IResult Search(HttpContext context, IArticleSearch search, IOptions<SearchPortalOptions> options)
    {
        var reading = SearchStateReader.Read(context.Request.Query, options.Value);
        if (reading.Error is { } error)
        {
            return InvalidParameter(error);
        }

        var state = reading.State!;
        var json = SearchJson.Response(search.Search(state.ToRequest(FacetPanel.TopNFor(state))), WebExtras);
        json[SearchState.MentionsParameter] = state.Mentions;
        return Results.Json(json);
    }

    /// <remarks>
    /// The text is cut at SearchPortal:MaxArticleCharacters: "text" holds the part sent, "textLength" the length of
    /// the whole text and "textCut" whether anything was left out.
    /// </remarks>
    private static IResult Article(HttpContext context, string? id, IArticleSearch search, IOptions<SearchPortalOptions> options)
    {
        if (SearchStateReader.ReadQuery(context.Request.Query["q"], options.Value, out var q) is { } error)
        {
            return InvalidParameter(error);
        }

        // An id with characters no id has (a control character, a noncharacter) names no article.
        var article = string.IsNullOrEmpty(id) || !QueryText.IsClean(id) ? null : search.Find(id, q.Length == 0 ? null : q);
        if (article is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the id '{QueryText.Clean(id)}'.");
        }

        var cut = ArticleTextCut.Of(article, options.Value.MaxArticleCharacters);
        var json = SearchJson.Article(article);
        json["text"] = cut.Text;
        json["textLength"] = cut.TotalCharacters;
        json["textCut"] = cut.IsCut;
        return Results.Json(json);
    }

    private static IResult Suggest(HttpContext context, IArticleSearch search)
    {
        var q = context.Request.Query["q"];
        if (SearchStateReader.Repeated("q", q) is { } error)
        {
            return InvalidParameter(error);
        }

        // The engine cleans and cuts the prefix itself.
        var prefix = q.Count == 1 ? q[0]?.Trim() ?? "" : "";
        return prefix.Length == 0 ? Results.Json(Array.Empty<string>()) : Results.Json(search.Suggest(prefix));
    }

    private static IResult InvalidParameter(ParameterError error) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter '{error.Parameter}'",
            detail: error.Message,
            extensions: new Dictionary<string, object?> { ["parameter"] = error.Parameter });
}
