using System.Diagnostics;
using SearchPortal.Indexer.Composition;
using Spectre.Console;

namespace SearchPortal.Indexer.Tests;

/// <summary>Runs the real command line in-process, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    private static readonly string[] ProgressPhases = ["reading: ", "indexing: ", "committing: ", "checking: "];

    /// <summary>Standard error without the progress lines an indexing run writes there: the error lines alone.</summary>
    public string Problems => string.Join('\n', Error.Split('\n').Where(line => !ProgressPhases.Any(phase => line.StartsWith(phase, StringComparison.Ordinal))));

    public static CliRun Of(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var context = new CliContext(console, output, error, Interactive: false, workingDirectory);
        var code = IndexerCommandLine.RunAsync(context, args).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built indexer as its own process, as an archivist's shell would, and waits for it to end.</summary>
    public static CliRun InChildProcess(string workingDirectory, params string[] args)
    {
        using var process = IndexerProcess.Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // A generous bound that only catches a hang: the runs given here take a few seconds.
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the indexer did not end within 2 minutes");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
