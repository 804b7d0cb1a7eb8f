using Microsoft.AspNetCore.Diagnostics;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Answers 405 Method Not Allowed to every method but GET and HEAD (OPTIONS gets 204 and the same Allow header): the
/// portal and its API only read, and a page asked for with TRACE or PUT would otherwise run without its handler.
/// </summary>
/// <remarks>
/// The 405 leaves the body to the status-code pages after it in the pipeline: problem+json under /api, the friendly
/// status page elsewhere. Their re-executed request keeps the original method, so it is let through.
/// </remarks>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD, OPTIONS";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        context.Response.Headers.Allow = Allowed;
        context.Response.StatusCode = HttpMethods.IsOptions(method) ? StatusCodes.Status204NoContent : StatusCodes.Status405MethodNotAllowed;
        return Task.CompletedTask;
    }
}
