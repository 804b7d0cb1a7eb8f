using System.IO.Compression;
using System.Text.Json;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// Person recall against en.kremlin.ru's own person tags (even news ids of ../shared/corpus/kremlin_en): of the tagged
/// persons whose surname stands in the text, the share found among the officials, with and without the gazetteer.
/// A measurement: skipped when ../shared is not there.
/// </summary>
public class KremlinPersonRecallMeasurement
{
    [Test]
    public void The_gazetteer_raises_person_recall_on_kremlin_tags()
    {
        var corpus = Path.Combine(SeedArticles.RepositoryRoot(), "..", "shared", "corpus", "kremlin_en", "articles.jsonl.gz");
        if (!File.Exists(corpus))
        {
            Assert.Ignore("../shared/corpus/kremlin_en is not here.");
        }

        var data = Path.Combine(SeedArticles.RepositoryRoot(), "data");
        var alone = Path.Combine(Path.GetTempPath(), $"vocabulary-alone-{Guid.NewGuid():N}");
        Directory.CreateDirectory(alone);
        File.Copy(Path.Combine(data, FacetVocabulary.DefaultFileName), Path.Combine(alone, FacetVocabulary.DefaultFileName));
        try
        {
            var before = Recall(corpus, new FacetExtractor(FacetVocabulary.Load(Path.Combine(alone, FacetVocabulary.DefaultFileName))));
            var after = Recall(corpus, new FacetExtractor(SeedArticles.Vocabulary));
            TestContext.Out.WriteLine($"person recall on kremlin_en even ids: vocabulary alone {before:F3}, with the gazetteer {after:F3}");
            Assert.That(after, Is.GreaterThan(before));
        }
        finally
        {
            Directory.Delete(alone, recursive: true);
        }
    }

    private static double Recall(string corpus, FacetExtractor extractor)
    {
        int tagged = 0, found = 0;
        using var lines = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress));
        while (lines.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var category = root.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            var persons = category.Split("; ").FirstOrDefault(part => part.StartsWith("persons: ", StringComparison.Ordinal));
            if (persons is null || int.Parse(id[(id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture) % 2 != 0)
            {
                continue;
            }

            var text = root.GetProperty("text").GetString() ?? "";
            var title = root.GetProperty("title").GetString() ?? "";
            var words = FacetVocabulary.KeyOf(title + " " + text).Split(' ').ToHashSet(StringComparer.Ordinal);
            var article = new Article(id, title, text, ArticleLanguage.English, null, null, null, null);
            var officials = extractor.Extract(article).Officials.SelectMany(o => FacetVocabulary.KeyOf(o.Value).Split(' ')).ToHashSet(StringComparer.Ordinal);

            // "Karimov Islam" and "Islam Karimov" are one person; either end may be the surname.
            var people = persons["persons: ".Length..].Split(", ")
                .Select(tag => FacetVocabulary.KeyOf(tag).Split(' '))
                .Where(tag => tag.Length >= 2)
                .DistinctBy(tag => string.Join(' ', tag.Order(StringComparer.Ordinal)));
            foreach (var person in people)
            {
                var surname = words.Contains(person[^1]) ? person[^1] : words.Contains(person[0]) ? person[0] : null;
                if (surname is null)
                {
                    continue;
                }

                tagged++;
                found += officials.Contains(surname) ? 1 : 0;
            }
        }

        return (double)found / tagged;
    }
}
