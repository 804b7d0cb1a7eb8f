using System.Text.Json;

namespace SearchPortal.Web.Tests.Support;

/// <summary>
/// A JSON Lines corpus in the shared corpus format whose ids are spelt like real ones that URLs find hard: White House
/// paths with slashes, spaces, '?', '#', '%', '+', '&amp;' and Cyrillic. Each text shares topic words with its neighbours so
/// that every article has related ones.
/// </summary>
internal sealed class AwkwardIdCorpus : IDisposable
{
    public const string WhiteHouseId = "whitehouse/briefing-room/statements-releases/2024/09/24/joint-statement-of-the-c5-1-leaders";

    public static readonly IReadOnlyList<string> Ids =
    [
        WhiteHouseId,
        "whitehouse/briefing-room/2023/09/19/readout of the C5+1 summit",
        "kazinform/q&a: what next? #C5 100%",
        "астана/саммит-ц5-1",
        "statedept/2025/c5%2F1 water talks",
        "plain-0006",
    ];

    private static readonly string[] Topics =
        ["Samarkand", "pipeline", "uranium", "Caspian", "railway", "glacier", "irrigation", "Tashkent"];

    public AwkwardIdCorpus()
    {
        Folder = Path.Combine(Path.GetTempPath(), "searchportal-awkward-ids", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var lines = Ids.Select((id, i) => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = id,
            ["title"] = Title(i),
            ["text"] = Text(i),
            ["lang"] = "en",
            ["date"] = $"2024-09-{10 + i:00}",
            ["source"] = "Generated",
            ["url"] = "https://example.org/" + i,
            ["category"] = "statement",
        }));
        File.WriteAllLines(Path.Combine(Folder, "articles.jsonl"), lines);
    }

    public string Folder { get; }

    public static string Title(int index) => $"Central Asia and the United States discuss {Topics[index]} cooperation";

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    // Each topic word sits in three neighbouring articles: frequent enough to relate them, too rare to match all.
    private static string Text(int index)
    {
        var words = Enumerable.Range(index, 3).Select(t => Topics[t % Ids.Count]).ToList();
        return $"The foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met the Secretary of State. " +
               $"They spoke about {words[0]} and {words[1]}, and agreed that {words[2]} needs a joint working group.\n\n" +
               $"A second meeting on {words[0]}, {words[1]} and {words[2]} is planned for next year.";
    }
}
