using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Presentation;

/// <summary>The layout's link to the same page in the other interface language: its address with <c>ui=</c> set.</summary>
public static class LanguageSwitch
{
    /// <summary>The language the link switches to: German from English, English from German.</summary>
    public static string Other => PortalCultures.Current == PortalCultures.German ? PortalCultures.English : PortalCultures.German;

    /// <summary>
    /// The address of the page being shown, with the other language picked. An error or status page shown in place of
    /// the address asked for (re-executed) links to that address, so switching shows the same answer, not the error route.
    /// A page that names its own canonical address (a search with its filters as the engine applied them) gives it.
    /// </summary>
    public static string Url(HttpContext context, string? canonicalAddress = null)
    {
        var request = context.Request;
        var (path, query) = canonicalAddress is not null
            ? (new PathString(canonicalAddress.Split('?', 2)[0]), canonicalAddress.Contains('?', StringComparison.Ordinal) ? "?" + canonicalAddress.Split('?', 2)[1] : "")
            : context.Features.Get<IStatusCodeReExecuteFeature>() is { } status
            ? (new PathString(status.OriginalPathBase).Add(status.OriginalPath), status.OriginalQueryString)
            : context.Features.Get<IExceptionHandlerPathFeature>() is { } failure
                ? (request.PathBase.Add(failure.Path), request.QueryString.Value)
                : (request.PathBase.Add(request.Path), request.QueryString.Value);

        var parameters = QueryHelpers.ParseQuery(query);
        var builder = new QueryBuilder();
        foreach (var (key, values) in parameters)
        {
            if (!string.Equals(key, PortalCultures.QueryKey, StringComparison.OrdinalIgnoreCase))
            {
                builder.Add(key, values.Where(value => value is not null).Select(value => value!));
            }
        }

        builder.Add(PortalCultures.QueryKey, Other);
        return path.ToUriComponent() + builder.ToQueryString().ToUriComponent();
    }
}
