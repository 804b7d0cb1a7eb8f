using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Input;
using SearchPortal.Search.Json;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Presentation;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Api;

/// <summary>The JSON API: /api/search, /api/articles/{id}, /api/suggest, in the CLI's --json shape. Errors are application/problem+json, their titles in the request's interface language.</summary>
public static class ApiEndpoints
{
    private static readonly SearchJson.Extras WebExtras = new(Snippets: true, Selected: true, TookMs: true);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/search", Search)
            .WithSummary("Ranked, faceted search: one page of hits with facet counts.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/articles/{**id}", Article)
            .WithSummary("One article with its text and the evidence of its facet values; q marks the words of a search.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/suggest", Suggest).WithSummary("Completions for a partial query, as a JSON array of strings.");
        api.MapGet("/suggest/opensearch", OpenSearchSuggest)
            .WithSummary("Completions in the OpenSearch suggestions format: [query, [completions]].");
        api.MapGet("/facets/{dimension}", FacetValues)
            .WithSummary("Every value of a facet with a word starting with prefix (English or German names), most articles first.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static IResult Search(HttpContext context, IArticleSearch search, IOptions<SearchPortalOptions> options)
    {
        var reading = SearchStateReader.Read(context.Request.Query, options.Value);
        if (reading.Error is { } error)
        {
            return InvalidParameter(error, context);
        }

        var state = reading.State!;
        var json = SearchJson.Response(search.Search(state.ToRequest(FacetPanel.TopNFor(state))), WebExtras);
        json[SearchState.MentionsParameter] = state.Mentions;
        json[SearchState.TranslateParameter] = state.Translate;
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
            return InvalidParameter(error, context);
        }

        // An id with characters no id has (a control character, a noncharacter) names no article.
        var article = string.IsNullOrEmpty(id) || !QueryText.IsClean(id) ? null : search.Find(id, q.Length == 0 ? null : q);
        if (article is null)
        {
            var text = Text(context);
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Article not found"], detail: text["No article has the id '{0}'.", QueryText.Clean(id)]);
        }

        var cut = ArticleTextCut.Of(article, options.Value.MaxArticleCharacters);
        var json = SearchJson.Article(article);
        json["text"] = cut.Text;
        json["textLength"] = cut.TotalCharacters;
        json["textCut"] = cut.IsCut;
        return Results.Json(json);
    }

    /// <summary>The media type browsers ask an OpenSearch suggestion URL for.</summary>
    public const string SuggestionsMediaType = "application/x-suggestions+json";

    private static IResult OpenSearchSuggest(HttpContext context, IArticleSearch search)
    {
        var q = context.Request.Query["q"];
        if (SearchStateReader.Repeated("q", q) is { } error)
        {
            return InvalidParameter(error, context);
        }

        var prefix = q.Count == 1 ? q[0]?.Trim() ?? "" : "";
        IReadOnlyList<string> completions = prefix.Length == 0 ? [] : search.Suggest(prefix);
        return Results.Json(new object[] { prefix, completions }, contentType: SuggestionsMediaType);
    }

    private static IResult Suggest(HttpContext context, IArticleSearch search)
    {
        var q = context.Request.Query["q"];
        if (SearchStateReader.Repeated("q", q) is { } error)
        {
            return InvalidParameter(error, context);
        }

        // The engine cleans and cuts the prefix itself.
        var prefix = q.Count == 1 ? q[0]?.Trim() ?? "" : "";
        return prefix.Length == 0 ? Results.Json(Array.Empty<string>()) : Results.Json(search.Suggest(prefix));
    }

    /// <summary>Every value of a facet with a word starting with ?prefix= (in English or German), most articles first:
    /// [{"value", "name", "count"}], the name in the interface language ("Kasachstan" in German); ?mentions=1 counts
    /// the articles that only mention a value too.</summary>
    private static IResult FacetValues(HttpContext context, string dimension, IArticleSearch search, FacetNames names)
    {
        if (!FacetValueSearch.IsSearchable(dimension))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: Text(context)["Facet not found"],
                detail: Text(context)["No facet is called '{0}'; the facets are {1}.", QueryText.Clean(dimension), string.Join(", ", Core.Facets.FacetDimension.Countable)]);
        }

        if (FacetValueSearch.ReadPrefix(context.Request.Query[FacetValueSearch.PrefixParameter], out var prefix) is { } error)
        {
            return InvalidParameter(error, context);
        }

        var mentions = context.Request.Query[SearchState.MentionsParameter].ToString() is "1" or "true";
        var values = search.FacetValues(dimension, prefix, FacetValueSearch.MaxMatches, mentions);
        return Results.Json(values.Select(v => new { value = v.Value, name = names.Value(dimension, v.Value), count = v.Count }));
    }

    private static IStringLocalizer Text(HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(ApiEndpoints));

    private static IResult InvalidParameter(ParameterError error, HttpContext context) => error.ToProblem(context);
}
