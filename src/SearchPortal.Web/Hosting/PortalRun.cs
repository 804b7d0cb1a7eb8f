using Microsoft.AspNetCore.Connections;

namespace SearchPortal.Web.Hosting;

/// <summary>Runs the portal until it stops, turning a port another program holds into one clear line and exit code 2.</summary>
public static class PortalRun
{
    /// <summary>The exit code when an address the portal should listen on is already in use.</summary>
    public const int AddressInUseExitCode = 2;

    /// <summary>
    /// Leaves start failures to <see cref="RunPortalAsync"/>: the host would log each one with its whole stack trace
    /// first. A failure that is not a busy address still ends the process with its exception on standard error.
    /// </summary>
    public static WebApplicationBuilder ReportStartFailuresItself(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        return builder;
    }

    public static async Task<int> RunPortalAsync(this WebApplication app, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            await error.WriteLineAsync(
                $"error: {ex.Message.TrimEnd('.')}: another program is listening there. Stop it, or choose another address, e.g. dotnet run --urls http://localhost:5081");
            return AddressInUseExitCode;
        }
    }
}
