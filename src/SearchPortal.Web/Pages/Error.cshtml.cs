using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SearchPortal.Web.Pages;

/// <summary>The friendly page shown after an unhandled exception, or while there is no index; the details stay in the log.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    /// <summary>The request failed only because the archive has no index yet (answered 503, see NoIndexAnswer).</summary>
    public bool NoIndex { get; private set; }

    public void OnGet()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        NoIndex = Hosting.NoIndexAnswer.Applies(HttpContext);
    }
}
