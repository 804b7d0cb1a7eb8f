using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

public sealed class ShowStatsVerifyTests
{
    [Test]
    public void Show_json_is_the_hit_object_plus_text_and_evidence()
    {
        using var workspace = new Workspace();
        workspace.Rebuild();

        var run = workspace.Run("show", "001_2261e81116e0f2d3", "--index", "index", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("lang").GetString(), Is.EqualTo("de"));
        Assert.That(root.GetProperty("text").GetString(), Does.Not.Contain("Schreibe einen Kommentar"));
        var kazakhstan = root.GetProperty("evidence").GetProperty("country").GetProperty("Kazakhstan");
        Assert.That(kazakhstan[0].GetString(), Does.Contain("Kasachstan").Or.Contain("kasachisch"));
        foreach (var key in new[] { "id", "title", "date", "lang", "score", "facets" })
        {
            Assert.That(root.TryGetProperty(key, out _), Is.True, key);
        }
    }

    [TestCase("whitehouse/briefing-room/statements-releases/2024/09/24/joint-statement-of-the-c5-1-leaders")]
    [TestCase("whitehouse/briefing-room/2023/09/19/readout of the C5+1 summit? #1 100%")]
    public void Show_finds_an_article_whose_id_holds_slashes_spaces_and_signs(string id)
    {
        using var workspace = new Workspace();
        var record = new Dictionary<string, string>
        {
            ["id"] = id,
            ["title"] = "Joint Statement of the C5+1 Leaders",
            ["text"] = "The Presidents of Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, Uzbekistan and the United States met in New York.",
            ["lang"] = "en",
            ["date"] = "2024-09-24",
        };
        File.WriteAllText(Path.Combine(workspace.Corpus, "whitehouse.jsonl"), JsonSerializer.Serialize(record) + "\n");
        Assert.That(workspace.Rebuild().ExitCode, Is.EqualTo(0));

        var run = workspace.Run("show", id, "--index", "index", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.That(json.RootElement.GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("Joint Statement of the C5+1 Leaders"));
    }

    [Test]
    public void Show_of_an_unknown_id_is_a_one_line_error()
    {
        using var workspace = new Workspace();
        workspace.Rebuild();

        var run = workspace.Run("show", "no-such-article", "--index", "index");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Error, Does.Contain("no-such-article"));
    }

    [Test]
    public void Stats_reports_documents_per_language()
    {
        using var workspace = new Workspace();
        workspace.Rebuild();

        var run = workspace.Run("stats", "--index", "index", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.That(json.RootElement.GetProperty("documents").GetInt32(), Is.EqualTo(5));
        Assert.That(json.RootElement.GetProperty("languages").GetProperty("de").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Verify_passes_on_a_fresh_index_and_exits_6_on_a_damaged_one()
    {
        using var workspace = new Workspace();
        workspace.Rebuild();
        Assert.That(workspace.Run("verify", "--index", "index").ExitCode, Is.EqualTo(0));

        var generation = File.ReadAllText(Path.Combine(workspace.Root, "index", "CURRENT")).Trim();
        var directory = Path.Combine(workspace.Root, "index", "generations", generation);
        var largest = new DirectoryInfo(directory).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).OrderByDescending(f => f.Length).First();
        using (var stream = new FileStream(largest.FullName, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Seek(largest.Length / 2, SeekOrigin.Begin);
            stream.Write(new byte[Math.Min(64, largest.Length / 4)]);
        }

        var run = workspace.Run("verify", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Corrupt));
        Assert.That(run.Error, Does.Contain("corrupt"));
    }

    [Test]
    public void Update_adds_new_replaces_changed_and_removes_vanished_articles()
    {
        using var workspace = new Workspace();
        workspace.Rebuild();
        File.Delete(Path.Combine(workspace.Corpus, "000_7f6be621419a60c4.txt"));
        File.AppendAllText(Path.Combine(workspace.Corpus, "004_693447a3f6ff537d.txt"), "\n\nThe leaders also discussed the Rogun dam.\n");
        File.WriteAllText(
            Path.Combine(workspace.Corpus, "new-call.txt"),
            "Tokayev and Mirziyoyev hold phone call\n\nPresident Kassym-Jomart Tokayev held a telephone conversation with President Shavkat Mirziyoyev of Uzbekistan on May 5, 2025.\n");

        // One removal of five is past the default 10 %: this update means it.
        var run = workspace.Run("update", "--source", "corpus", "--index", "index", "--allow-removals");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("1 added, 1 replaced, 1 removed, 3 unchanged"));
        var all = workspace.Run("search", "", "--index", "index", "--json", "--top", "50").Out;
        Assert.That(all, Does.Contain("new-call").And.Not.Contain("000_7f6be621419a60c4"));
    }
}
