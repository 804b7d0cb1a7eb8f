using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SearchPortal.Web.Hosting;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

/// <summary>The portal as its own process, started as `dotnet run` starts it, with its output redirected (not a terminal).</summary>
public class PortalProcessTests
{
    private string indexPath = null!;

    [SetUp]
    public void NewIndexFolder() => indexPath = Path.Combine(Path.GetTempPath(), "searchportal-process-tests", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveIndexFolder()
    {
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }

    [Test]
    public void A_busy_port_is_one_clear_line_and_exit_code_2_not_a_stack_trace()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, output, error) = RunPortal($"http://127.0.0.1:{port}");

        Assert.That(exitCode, Is.EqualTo(PortalRun.AddressInUseExitCode));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), error);
        Assert.That(lines[0], Does.StartWith("error: ").And.Contain($"127.0.0.1:{port}").And.Contain("already in use").And.Contain("--urls"));
        Assert.That(output + error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void The_first_start_says_it_is_building_the_sample_index_when_output_is_not_a_terminal()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();

        // The busy port ends the run right after the index is prepared, which is all this test needs to see.
        var (_, output, _) = RunPortal($"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}");

        Assert.That(output, Does.Contain("No index yet: building the sample index from"));
        Assert.That(output, Does.Match(@"Sample index built: \d+ articles"));
    }

    private (int ExitCode, string Output, string Error) RunPortal(string urls)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(Program).Assembly.Location, "--urls", urls },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // As `dotnet run` does: the project folder is the content root its appsettings.json paths are read against.
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "src", "SearchPortal.Web"),
            Environment =
            {
                ["SearchPortal__IndexPath"] = indexPath,
                ["SearchPortal__SampleCorpusPath"] = RepositoryRoot.SampleCorpus,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the portal did not end within 2 minutes although its port was busy");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
