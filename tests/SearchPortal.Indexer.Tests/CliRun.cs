using SearchPortal.Indexer.Composition;
using Spectre.Console;

namespace SearchPortal.Indexer.Tests;

/// <summary>Runs the real command line in-process, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
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
}
