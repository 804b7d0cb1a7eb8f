using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SearchPortal.Web.Pages;

/// <summary>The friendly page shown for an error status without a body of its own (404 above all).</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

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
        _ => "The archive could not answer this request.",
    };
}
