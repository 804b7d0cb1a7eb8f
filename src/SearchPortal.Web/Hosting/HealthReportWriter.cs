using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SearchPortal.Web.Hosting;

/// <summary>Writes /health as one line of plain text: the status, then each check's description, so an operator sees why.</summary>
public static class HealthReportWriter
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        var reasons = report.Entries.Values.Select(entry => entry.Description).OfType<string>().ToList();
        var text = reasons.Count == 0 ? report.Status.ToString() : report.Status + ": " + string.Join(" ", reasons);
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
