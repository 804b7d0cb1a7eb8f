using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>Reads a real corpus from the shared folder next to the repository; tests using it are ignored when it is absent.</summary>
internal static class SharedCorpus
{
    public static string PathOf(string corpus)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchPortal.sln")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "corpus", corpus, "articles.jsonl.gz");
        if (path is null || !File.Exists(path))
        {
            Assert.Ignore($"Shared corpus {corpus} not found next to the repository.");
        }

        return path!;
    }

    public static IEnumerable<IngestRecord> Read(string path)
    {
        using var lines = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var number = 0;
        string? line;
        while ((line = lines.ReadLine()) is not null)
        {
            number++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").ToString();
            var text = Text(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return IngestRecord.Skipped($"{path}:{number}", id, "no text");
                continue;
            }

            var date = DateOnly.TryParse(Text(root, "date"), CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null;
            var article = new Article(id, Text(root, "title") ?? string.Empty, text, Text(root, "lang") ?? "und", date, Text(root, "source"), Text(root, "url"), Text(root, "category"));
            yield return IngestRecord.Read($"{path}:{number}", article);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
