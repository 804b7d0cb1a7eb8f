using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Benchmarking;

/// <summary>A six-article English and German corpus in the peers harness's JSON Lines gzip format, with a query file over it.</summary>
internal static class BenchCorpus
{
    public static readonly (string Id, string Title, string Text, string Lang, string Date, string Category)[] Articles =
    [
        ("en-grain-1", "Kazakhstan grain exports rise", "Kazakhstan sold record amounts of grain to China this year. Grain exports rose by a fifth.", "en", "2021-03-04", "economy"),
        ("en-grain-2", "A poor grain harvest in Uzbekistan", "The grain harvest in Uzbekistan was poor after a dry summer.", "en", "2022-08-01", "economy"),
        ("en-talks", "Foreign ministers meet in Astana", "The foreign ministers held talks on water sharing and energy exports.", "en", "2022-05-10", "politics"),
        ("de-getreide", "Kasachstan liefert mehr Getreide", "Kasachstan hat in diesem Jahr so viel Getreide wie nie zuvor nach China geliefert.", "de", "2021-03-05", "wirtschaft"),
        ("de-wasser", "Außenminister beraten über Wasser", "Die Außenminister Zentralasiens berieten in Astana über die Verteilung des Wassers.", "de", "2023-01-20", "politik"),
        ("en-oil", "Oil exports fall", "Oil exports from the Caspian region fell sharply in the spring.", "en", "2023-04-02", "economy"),
    ];

    /// <summary>Queries in the harness syntax with the number of articles having all their words.</summary>
    public static readonly (string Query, int Hits)[] Queries =
    [
        ("grain", 2),
        ("grain exports", 1),
        ("\"grain exports\"", 1),
        ("exports", 3),
        ("Getreide Kasachstan", 1),
        ("nothingmatcheshere", 0),
    ];

    /// <summary>UTF-8 bytes of title + text over all articles, as the harness counts them.</summary>
    public static long TextBytes => Articles.Sum(a => Encoding.UTF8.GetByteCount(a.Title) + Encoding.UTF8.GetByteCount(a.Text));

    public static void WriteCorpus(string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        foreach (var a in Articles)
        {
            writer.Write(JsonSerializer.Serialize(new
            {
                id = a.Id, title = a.Title, text = a.Text, lang = a.Lang, date = a.Date, source = "test",
                url = "https://example.org/" + a.Id, category = a.Category,
            }));
            writer.Write('\n');
        }
    }

    public static void WriteQueries(string path) =>
        File.WriteAllText(path, string.Join("\n", Queries.Select(q => q.Query)) + "\n\n", new UTF8Encoding(false));
}
