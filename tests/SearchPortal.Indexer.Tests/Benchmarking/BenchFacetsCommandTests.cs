using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Benchmarking;

/// <summary>bench-facets on a tiny corpus in the kremlin_en format: only even ids with tags count, Russia is left out, the site's names resolve.</summary>
public sealed class BenchFacetsCommandTests
{
    private static readonly (string Id, string Title, string Text, string? Category)[] Items =
    [
        ("kremlin-en-100", "Telephone conversation with President of Kazakhstan Nursultan Nazarbayev",
            "Vladimir Putin had a telephone conversation with President of Kazakhstan Nursultan Nazarbayev. Russia and Kazakhstan agreed to stay in contact.",
            "countries: Kazakhstan; topics: Foreign policy; persons: Nazarbayev Nursultan"),
        ("kremlin-en-102", "Meeting with President of Turkey Recep Tayyip Erdogan",
            "Vladimir Putin met with President of Turkey Recep Tayyip Erdogan in the Kremlin. The situation in Syria was discussed.",
            "countries: Turkey; persons: Erdogan Recep Tayyip, Peskov Dmitry"),
        ("kremlin-en-101", "Meeting with President of Belarus",
            "Vladimir Putin met with President of Belarus in the Kremlin.", "topics: Foreign policy"),
        ("kremlin-en-104", "Meeting with President of Armenia",
            "Vladimir Putin met with President of Armenia in the Kremlin.", null),
    ];

    [Test]
    public void Scores_the_even_tagged_items_against_their_tags()
    {
        using var workspace = new Workspace();
        Write(Path.Combine(workspace.Root, "kremlin.jsonl.gz"));

        var run = workspace.Run("bench-facets", "--corpus", "kremlin.jsonl.gz");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var line = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.That(root.GetProperty("items").GetInt32(), Is.EqualTo(2), "odd ids and untagged items are not labels");
        Assert.That(root.GetProperty("tagged_countries").GetInt32(), Is.EqualTo(2));
        Assert.That(root.GetProperty("country_recall").GetDouble(), Is.EqualTo(1.0), "\"Turkey\" is Türkiye");
        Assert.That(root.GetProperty("about_countries").GetInt32(), Is.EqualTo(2), "Kazakhstan, Türkiye; Syria is only discussed, Russia never counts");
        Assert.That(root.GetProperty("country_precision").GetDouble(), Is.EqualTo(1.0));
        Assert.That(root.GetProperty("persons_in_text").GetInt32(), Is.EqualTo(2), "Peskov is not in the text");
        Assert.That(root.GetProperty("person_recall").GetDouble(), Is.EqualTo(1.0), "\"Surname Firstname\" matches either order");
        Assert.That(run.Out, Does.Contain("| country recall").And.Contain("| person recall"));
    }

    [Test]
    public void Misses_file_lists_each_item_that_disagrees_and_honorific_tags_count_by_their_surname()
    {
        using var workspace = new Workspace();
        Write(Path.Combine(workspace.Root, "kremlin.jsonl.gz"),
        [
            ("kremlin-en-200", "Meeting with President of Turkey Recep Tayyip Erdogan",
                "Vladimir Putin met with President of Turkey Recep Tayyip Erdogan in the Kremlin. The situation in Syria was discussed.",
                "countries: Turkey, Syria; persons: Mr Erdogan"),
        ]);

        var run = workspace.Run("bench-facets", "--corpus", "kremlin.jsonl.gz", "--misses", "misses.jsonl", "--top", "3");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last());
        Assert.That(json.RootElement.GetProperty("person_recall").GetDouble(), Is.EqualTo(1.0), "\"Mr Erdogan\" is Erdogan");
        var lines = File.ReadAllLines(Path.Combine(workspace.Root, "misses.jsonl"));
        Assert.That(lines, Has.Length.EqualTo(1));
        using var item = JsonDocument.Parse(lines[0]);
        Assert.That(item.RootElement.GetProperty("id").GetString(), Is.EqualTo("kremlin-en-200"));
        Assert.That(item.RootElement.GetProperty("missed_countries").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "Syria" }),
            "the site tagged the topic; the extractor only mentions it");
        Assert.That(run.Out, Does.Contain("| Syria"));
    }

    [Test]
    public void A_person_tag_matches_any_spelling_of_the_extracted_official()
    {
        // kremlin-en-51364: the gazetteer's canonical "Salman of Saudi Arabia" lacks the tag's "Abdulaziz"; its alias has it.
        using var workspace = new Workspace();
        Write(Path.Combine(workspace.Root, "kremlin.jsonl.gz"),
        [
            ("kremlin-en-51364", "Telephone conversation with King of Saudi Arabia Salman bin Abdulaziz al-Saud",
                "Vladimir Putin had a telephone conversation with King of Saudi Arabia Salman bin Abdulaziz al-Saud.",
                "countries: Saudi Arabia; persons: Al Saud Salman bin Abdulaziz"),
        ]);

        var run = workspace.Run("bench-facets", "--corpus", "kremlin.jsonl.gz");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last());
        Assert.That(json.RootElement.GetProperty("persons_in_text").GetInt32(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("person_recall").GetDouble(), Is.EqualTo(1.0));
    }

    [Test]
    public void Negative_top_is_a_usage_error()
    {
        using var workspace = new Workspace();
        Write(Path.Combine(workspace.Root, "kremlin.jsonl.gz"));

        var run = workspace.Run("bench-facets", "--corpus", "kremlin.jsonl.gz", "--top", "-1");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error + run.Out, Does.Contain("--top"));
    }

    [Test]
    public void A_corpus_that_does_not_exist_is_one_error_line_and_exit_3()
    {
        using var workspace = new Workspace();

        var run = workspace.Run("bench-facets", "--corpus", "absent.jsonl.gz");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.SourceMissing));
        Assert.That(run.Error, Does.StartWith("error: corpus not found: ").And.Contain("absent.jsonl.gz"));
    }

    private static void Write(string path) => Write(path, Items);

    private static void Write(string path, (string Id, string Title, string Text, string? Category)[] items)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        foreach (var (id, title, text, category) in items)
        {
            writer.Write(JsonSerializer.Serialize(new
            {
                id, title, text, lang = "en", date = "2019-05-01", source = "President of Russia (en.kremlin.ru)",
                url = "http://en.kremlin.ru/events/president/news/" + id[11..], category,
            }));
            writer.Write('\n');
        }
    }
}
