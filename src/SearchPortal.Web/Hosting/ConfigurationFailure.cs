using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Hosting;

/// <summary>Reports settings the start-up validation refused as one line each, naming the setting, instead of a stack trace.</summary>
public static class ConfigurationFailure
{
    /// <summary>The exit code of a portal that would not start with its configuration.</summary>
    public const int ExitCode = 2;

    /// <summary>Writes one <c>error:</c> line per refused setting to <paramref name="error"/> and returns <see cref="ExitCode"/>.</summary>
    public static int Report(OptionsValidationException exception, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var failure in exception.Failures)
        {
            error.WriteLine("error: " + failure);
        }

        return ExitCode;
    }
}
