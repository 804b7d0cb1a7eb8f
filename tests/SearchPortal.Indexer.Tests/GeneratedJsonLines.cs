using System.Text;
using System.Text.Json;

namespace SearchPortal.Indexer.Tests;

/// <summary>A large JSON Lines corpus of generated English articles, for runs long enough to interrupt or kill.</summary>
internal static class GeneratedJsonLines
{
    private static readonly string[] Words =
    [
        "Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Turkmenistan", "ministers", "summit", "water", "energy",
        "railway", "Caspian", "corridor", "investment", "security", "Samarkand", "Astana", "Tashkent", "agreement", "border",
    ];

    /// <summary>Writes <paramref name="count"/> articles of 150 words each (ids "generated/N") to <paramref name="path"/>.</summary>
    public static void Write(string path, int count, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
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
