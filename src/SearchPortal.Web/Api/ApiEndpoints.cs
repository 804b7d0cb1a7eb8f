using SearchPortal.Search.Json;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Api;

/// <summary>The JSON API: /api/search, /api/articles/{id}, /api/suggest, in the CLI's --json shape. Errors are application/problem+json.</summary>
public static class ApiEndpoints
{
    /// <summary>Longer prefixes cannot be anybody typing; they are cut rather than refused.</summary>
    private const int MaxSuggestPrefix = 100;

    private static readonly SearchJson.Extras WebExtras = new(Snippets: true, Selected: true, TookMs: true);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/search", Search);
        api.MapGet("/articles/{**id}", Article);
        api.MapGet("/suggest", Suggest);
        return endpoints;
    }

    private static IResult Search(HttpContext context, IArticleSearch search)
    {
        var reading = SearchStateReader.Read(context.Request.Query);
        if (reading.Error is { } error)
        {
            return InvalidParameter(error);
        }

        var state = reading.State!;
        return Results.Json(SearchJson.Response(search.Search(state.ToRequest(FacetPanel.TopNFor(state))), WebExtras));
    }

    private static IResult Article(string? id, string? q, IArticleSearch search)
    {
        var article = string.IsNullOrEmpty(id) ? null : search.Find(id, string.IsNullOrWhiteSpace(q) ? null : q.Trim());
        return article is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the id '{id}'.")
            : Results.Json(SearchJson.Article(article));
    }

    private static IResult Suggest(string? q, IArticleSearch search)
    {
        var prefix = q?.Trim() ?? "";
        if (prefix.Length == 0)
        {
            return Results.Json(Array.Empty<string>());
        }

        return Results.Json(search.Suggest(prefix.Length > MaxSuggestPrefix ? prefix[..MaxSuggestPrefix] : prefix));
    }

    private static IResult InvalidParameter(ParameterError error) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter '{error.Parameter}'",
            detail: error.Message,
            extensions: new Dictionary<string, object?> { ["parameter"] = error.Parameter });
}
