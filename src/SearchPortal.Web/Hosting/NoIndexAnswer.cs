using SearchPortal.Search.Indexing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// What readers get while the archive has no servable index (first start without a sample corpus, the first build
/// still running, or a CURRENT pointer or only generation that cannot be read): 503 Service Unavailable, a problem
/// under /api and a page elsewhere, both saying so in the same words. The reason is for operators, on /health.
/// </summary>
public static class NoIndexAnswer
{
    public const string Title = "The archive has no index yet";

    public const string Detail = "The archive is being built or has not been built yet. Please try again in a few minutes.";

    /// <summary>The title and detail in the interface language of the request (see Resources/Hosting/NoIndexAnswer.*.resx).</summary>
    public static (string Title, string Detail) Text(IServiceProvider services)
    {
        var text = services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(NoIndexAnswer));
        return (text[Title], text[Detail]);
    }

    /// <summary>503 for a missing or unreadable index, 500 for anything else.</summary>
    public static int StatusFor(Exception exception) =>
        IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>True when the request being answered failed for want of a servable index.</summary>
    public static bool Applies(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && IsUnavailable(error);

    /// <summary>Fills the problem of an API request that failed for want of a servable index.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is { } error && IsUnavailable(error))
        {
            (context.ProblemDetails.Title, context.ProblemDetails.Detail) = Text(context.HttpContext.RequestServices);
        }
    }

    private static bool IsUnavailable(Exception exception) =>
        exception is NoIndexException or IndexPointerException or IndexCorruptException;
}
