using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>
/// Rebuilds and updates of the real indexer process killed with SIGKILL (no cleanup runs) at several points: the live
/// generation still verifies and answers as before, and the next rebuild removes what the killed runs left.
/// </summary>
[Platform(Include = "Linux,MacOsX", Reason = "sends SIGKILL with kill")]
public sealed class KilledRunTests
{
    // Enough for a run of several seconds on two cores, so that each kill point falls inside it.
    private const int GeneratedArticles = 8_000;

    // A generous bound on each wait, to end a hung run rather than to time it.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static readonly string[] Words =
    [
        "Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Turkmenistan", "ministers", "summit", "water", "energy",
        "railway", "Caspian", "corridor", "investment", "security", "Samarkand", "Astana", "Tashkent", "agreement", "border",
    ];

    // Explicit until the stall of its polling loop on a loaded machine is understood (kill points reached seconds late).
    [Test]
    [Explicit("unfinished: on a loaded 2-core machine the kill lands after the run has finished")]
    public void Rebuilds_and_updates_killed_at_several_points_leave_the_live_generation_verifying_and_answering_the_same()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var index = Path.Combine(workspace.Root, "index");
        var live = File.ReadAllText(Path.Combine(index, "CURRENT"));
        var answer = Answer(workspace);
        WriteLargeCorpus(Path.Combine(workspace.Root, "large", "articles.jsonl"));

        // Progress lines count records read, which runs ahead of indexing: a rebuild's points are what its new generation
        // holds (created, first file written, committed but not switched in); an update's, times into the run.
        foreach (var (command, point) in new[] { ("rebuild", "created"), ("rebuild", "writing"), ("rebuild", "committed"), ("update", "0.5 s"), ("update", "1.5 s") })
        {
            var before = Directory.GetDirectories(Path.Combine(index, "generations")).ToHashSet();
            RunAndKill(workspace.Root, command, point, before);

            var verify = workspace.Run("verify", "--index", "index");
            Assert.That(verify.ExitCode, Is.EqualTo(0), $"{command} killed at {point}: {verify.Error}{verify.Out}");
            Assert.That(File.ReadAllText(Path.Combine(index, "CURRENT")), Is.EqualTo(live), $"{command} killed at {point}");
            Assert.That(Answer(workspace), Is.EqualTo(answer), $"{command} killed at {point}");
        }

        Assert.That(Directory.GetDirectories(Path.Combine(index, "generations")), Has.Length.GreaterThan(1), "the killed rebuilds left generations behind");
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));

        var previous = live.Trim();
        var current = File.ReadAllText(Path.Combine(index, "CURRENT")).Trim();
        Assert.That(Directory.GetDirectories(Path.Combine(index, "generations")).Select(Path.GetFileName), Is.EquivalentTo(new[] { previous, current }));
        Assert.That(Directory.GetFiles(index, "CURRENT.*.tmp"), Is.Empty);
        Assert.That(Answer(workspace), Is.EqualTo(answer));
    }

    /// <summary>The ids and total of one search, as a reader of the live generation sees them.</summary>
    private static string Answer(Workspace workspace)
    {
        var run = workspace.Run("search", "Kazakhstan", "--index", "index", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var ids = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString());
        return json.RootElement.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture) + ": " + string.Join(", ", ids);
    }

    /// <summary>Starts the indexer and kills it at the point given: seconds after its start, or a state of its new generation.</summary>
    private static void RunAndKill(string root, string command, string point, HashSet<string> generationsBefore)
    {
        using var indexer = StartIndexer(root, command, "--source", "large", "--index", "index");
        var output = indexer.StandardOutput.ReadToEndAsync();
        var error = indexer.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var reached = false;
        var seconds = point.EndsWith(" s", StringComparison.Ordinal) ? double.Parse(point[..^2], CultureInfo.InvariantCulture) : (double?)null;
        var pattern = point == "committed" ? "segments_*" : "*";
        while (!reached && clock.Elapsed < Patience && !indexer.HasExited)
        {
            reached = seconds is { } s
                ? clock.Elapsed.TotalSeconds >= s
                : Directory.GetDirectories(Path.Combine(root, "index", "generations"))
                    .Any(g => !generationsBefore.Contains(g) && (point == "created" || Directory.GetFiles(g, pattern, SearchOption.AllDirectories).Length > 0));
            if (!reached)
            {
                Thread.Sleep(2);
            }
        }

        Assert.That(reached && !indexer.HasExited, Is.True, $"{command} ended before {point}: {error.Result}{output.Result}");
        TestContext.Out.WriteLine($"{command} killed at {point} ({clock.Elapsed.TotalSeconds:0.0} s)");
        Signal("KILL", indexer.Id);
        Assert.That(indexer.WaitForExit(Patience), Is.True);
    }

    private static Process StartIndexer(string workingDirectory, params string[] args)
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

    private static void Signal(string signal, int processId)
    {
        using var kill = Process.Start("kill", ["-" + signal, processId.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.EqualTo(0), "kill -" + signal);
    }

    private static void WriteLargeCorpus(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(12);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var text = new StringBuilder();
        for (var i = 0; i < GeneratedArticles; i++)
        {
            text.Clear();
            for (var w = 0; w < 150; w++)
            {
                text.Append(Words[random.Next(Words.Length)]).Append(w % 15 == 14 ? ".\n\n" : " ");
            }

            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = "generated/" + i,
                ["title"] = $"{Words[i % Words.Length]} talks: meeting {i}",
                ["text"] = text.ToString(),
                ["lang"] = "en",
                ["date"] = "2024-05-01",
            }));
        }
    }
}
