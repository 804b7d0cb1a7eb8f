using Microsoft.Extensions.Options;
using SearchPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = WebRootLocator.Locate(AppContext.BaseDirectory),
});

builder.AddSearchPortal();
builder.ReportStartFailuresItself();

var app = builder.Build();

app.UseSearchPortal();
app.MapSearchPortal();

try
{
    app.PrepareIndex();
    return await app.RunPortalAsync(Console.Error);
}
catch (OptionsValidationException ex)
{
    // The options are first read here, and again when the host validates them on start.
    return ConfigurationFailure.Report(ex, Console.Error);
}

/// <summary>The web application's entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
