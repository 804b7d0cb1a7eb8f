using System.Diagnostics;
using System.Globalization;

namespace SearchPortal.Indexer.Tests;

/// <summary>The built indexer run as its own process, as an archivist's shell runs it, and the signals a shell sends it.</summary>
internal static class IndexerProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "SearchPortal.Indexer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Sends a signal by name (INT, KILL) with kill(1).</summary>
    public static void Signal(string signal, int processId)
    {
        using var kill = Process.Start("kill", ["-" + signal, processId.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.EqualTo(0), "kill -" + signal);
    }
}
