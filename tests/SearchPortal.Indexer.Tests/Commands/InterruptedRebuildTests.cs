using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>Ctrl+C during a rebuild, sent as SIGINT to the real indexer process.</summary>
[Platform(Include = "Linux,MacOsX", Reason = "sends SIGINT with kill")]
public sealed class InterruptedRebuildTests
{
    // Far more than the few seconds the test lets the rebuild run before interrupting it.
    private const int GeneratedArticles = 20_000;

    private static readonly string[] Words =
    [
        "Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Turkmenistan", "ministers", "summit", "water", "energy",
        "railway", "Caspian", "corridor", "investment", "security", "Samarkand", "Astana", "Tashkent", "agreement", "border",
        "trade", "uranium", "cotton", "glacier", "pipeline", "delegation", "cooperation", "statement", "president",
    ];

    [Test]
    public void Ctrl_c_during_a_rebuild_deletes_the_new_generation_says_so_and_exits_130()
    {
        using var workspace = new Workspace();
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));
        var generations = Path.Combine(workspace.Root, "index", "generations");
        var previous = Directory.GetDirectories(generations).Select(Path.GetFileName).ToList();
        var current = File.ReadAllText(Path.Combine(workspace.Root, "index", "CURRENT"));
        WriteLargeCorpus(Path.Combine(workspace.Root, "large", "articles.jsonl"));

        using var indexer = StartIndexer(workspace.Root, "rebuild", "--source", "large", "--index", "index");
        var error = indexer.StandardError.ReadToEndAsync();
        WaitForIndexingProgress(indexer);
        Interrupt(indexer.Id);
        var output = indexer.StandardOutput.ReadToEndAsync();
        Assert.That(indexer.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the indexer ends after Ctrl+C");

        Assert.That(indexer.ExitCode, Is.EqualTo(ExitCodes.Interrupted), error.Result + output.Result);
        Assert.That(error.Result.Trim(), Is.EqualTo("error: interrupted; the previous index keeps serving"));
        Assert.That(Directory.GetDirectories(generations).Select(Path.GetFileName), Is.EqualTo(previous));
        Assert.That(File.ReadAllText(Path.Combine(workspace.Root, "index", "CURRENT")), Is.EqualTo(current));
        Assert.That(File.Exists(Path.Combine(workspace.Root, "index", "rebuild.lock")) && CanLock(Path.Combine(workspace.Root, "index", "rebuild.lock")), Is.True, "the lock is released");
        Assert.That(workspace.Run("search", "", "--index", "index", "--json").Out, Does.Contain("\"total\": 5"));
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

    /// <summary>Waits for the first plain progress line, written once indexing has run for a while.</summary>
    private static void WaitForIndexingProgress(Process indexer)
    {
        while (indexer.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("indexing: ", StringComparison.Ordinal))
            {
                TestContext.Out.WriteLine("interrupted at " + line);
                return;
            }
        }

        Assert.Fail("the indexer ended before it reported any progress");
    }

    private static void Interrupt(int processId)
    {
        using var kill = Process.Start("kill", ["-INT", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.EqualTo(0), "kill -INT");
    }

    private static bool CanLock(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        return true;
    }

    private static void WriteLargeCorpus(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(9);
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
                ["title"] = $"{Words[i % Words.Length]} and {Words[(i / Words.Length) % Words.Length]}: meeting {i}",
                ["text"] = text.ToString(),
                ["lang"] = "en",
                ["date"] = "2024-05-01",
            }));
        }
    }
}
