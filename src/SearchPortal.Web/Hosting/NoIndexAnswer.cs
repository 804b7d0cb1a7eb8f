using SearchPortal.Search.Indexing;
using Microsoft.AspNetCore.Diagnostics;
using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// What readers get while the archive has no index (first start without a sample corpus, or the first build still
/// running): 503 Service Unavailable, a problem under /api and a page elsewhere, both saying so in the same words.
/// </summary>
public static class NoIndexAnswer
{
    public const string Title = "The archive has no index yet";

    public const string Detail = "The archive is being built or has not been built yet. Please try again in a few minutes.";

    /// <summary>503 for a missing index, 500 for anything else.</summary>
    public static int StatusFor(Exception exception) =>
        exception is NoIndexException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>True when the request being answered failed for want of an index.</summary>
    public static bool Applies(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Error is NoIndexException;

    /// <summary>Fills the problem of an API request that failed for want of an index.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is NoIndexException)
        {
            context.ProblemDetails.Title = Title;
            context.ProblemDetails.Detail = Detail;
        }
    }
}
