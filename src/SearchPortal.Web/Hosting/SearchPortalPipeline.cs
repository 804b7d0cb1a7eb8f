using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SearchPortal.Web.Api;
using SearchPortal.Web.Export;

namespace SearchPortal.Web.Hosting;

/// <summary>The request pipeline and endpoints: security headers, the interface language, friendly errors (problem+json under /api; 503 without an index), GET and HEAD only, static files, pages, API.</summary>
public static class SearchPortalPipeline
{
    public static WebApplication UseSearchPortal(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Before the error handlers, so the pages and problems they re-execute speak the reader's language.
        app.UseRequestLocalization(PortalCultures.Options());
        app.UseMiddleware<CultureChoiceMiddleware>();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = NoIndexAnswer.StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = NoIndexAnswer.StatusFor });
            pages.UseStatusCodePagesWithReExecute("/status/{0}");
        });
        app.UseMiddleware<ReadOnlyMethodsMiddleware>();
        app.UseStaticFiles();

        // Explicitly after the error handlers, so their re-executed requests (/error, /status/404) are routed afresh.
        app.UseRouting();
        return app;
    }

    public static WebApplication MapSearchPortal(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapSearchApi();
        app.MapExports();
        app.MapOpenSearch();
        app.MapOpenApi(ApiDocumentation.Route);
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.Write });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
