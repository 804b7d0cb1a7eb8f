using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SearchPortal.Web.Pages;

/// <summary>The friendly page shown for an error status without a body of its own (404 above all); its English texts are the keys of the page's resources.</summary>
/// <remarks>
/// Re-executed with the method of the failed request (a TRACE or PUT answered 405), which no handler matches: the
/// code is read from the route rather than bound by a handler, and no antiforgery token is asked for.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;

    public string Heading => Code switch
    {
        404 => "This page is not in the archive",
        400 => "That request could not be understood",
        405 => "That method is not supported here",
        _ => "Something went wrong",
    };

    public string Explanation => Code switch
    {
        404 => "The article or page may have been removed, or the address was mistyped.",
        400 => "Some part of the address could not be used.",
        405 => "The archive can only be read: ask for its pages with GET.",
        _ => "The archive could not answer this request.",
    };
}
