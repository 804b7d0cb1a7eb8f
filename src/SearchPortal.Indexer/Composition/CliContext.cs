using Spectre.Console;

namespace SearchPortal.Indexer.Composition;

/// <summary>Where the CLI writes: a Spectre console for people, raw writers for JSON and errors.</summary>
/// <param name="Interactive">True on a terminal: progress bars instead of plain progress lines.</param>
/// <param name="WorkingDirectory">Relative paths (index, sources, vocabulary) resolve against it.</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, bool Interactive, string WorkingDirectory)
{
    public static CliContext ForProcess()
    {
        var interactive = !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return new CliContext(AnsiConsole.Console, System.Console.Out, System.Console.Error, interactive, Environment.CurrentDirectory);
    }

    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Writes the one-line error the CLI promises for every failure and returns the exit code.</summary>
    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
