using System.IO.Compression;
using System.Text.Json;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// Country facets against en.kremlin.ru's own country tags (items with an even news id keep them; see the corpus
/// README): recall of tagged countries and precision of our values, Russia left out since the site never tags it,
/// once over every value and once over the values the article is about. Reads ../shared and is run by hand.
/// </summary>
[Explicit("Measurement over ../shared/corpus/kremlin_en; prints its figures.")]
public class KremlinCountryTagMeasurement
{
    [Test]
    public void About_values_are_more_precise_than_every_value_against_the_sites_country_tags()
    {
        var path = RepositoryLocator.SharedCorpus("kremlin_en");
        var vocabulary = SeedArticles.Vocabulary;
        var extractor = new FacetExtractor(vocabulary);
        var all = new Tally();
        var about = new Tally();
        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        var items = 0;
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var category = root.GetProperty("category").GetString() ?? "";
            if (int.Parse(id[(id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture) % 2 != 0
                || !(category.Contains("countries:", StringComparison.Ordinal) || category.Contains("persons:", StringComparison.Ordinal)))
            {
                continue;
            }

            items++;
            var tagged = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in category.Split("; "))
            {
                if (!part.StartsWith("countries: ", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var tag in part["countries: ".Length..].Split(", "))
                {
                    var spelling = tag.Replace('\u00a0', ' ').Trim();
                    if (spelling.StartsWith("the ", StringComparison.Ordinal))
                    {
                        spelling = spelling[4..];
                    }

                    if (vocabulary.Resolve(FacetDimension.Country, spelling) is { } country)
                    {
                        tagged.Add(country);
                    }
                    else
                    {
                        unresolved.Add(spelling);
                        tagged.Add(spelling);
                    }
                }
            }

            // The category is left out of the article: the labels must not leak into extraction.
            var date = root.GetProperty("date").GetString() is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            var article = new Article(id, root.GetProperty("title").GetString() ?? "", root.GetProperty("text").GetString() ?? "", ArticleLanguage.English, date, null, null, null);
            var countries = extractor.Extract(article).Countries.Where(c => c.Value != "Russia").ToList();
            all.Add(tagged, countries.Select(c => c.Value));
            about.Add(tagged, countries.Where(c => c.IsAbout).Select(c => c.Value));
        }

        TestContext.Out.WriteLine($"kremlin_en, {items} even-id items with country or person tags");
        TestContext.Out.WriteLine($"every value: recall {all.Recall:F3}, precision {all.Precision:F3} ({all.Found} of {all.Tagged} tags, {all.Values} values)");
        TestContext.Out.WriteLine($"about only:  recall {about.Recall:F3}, precision {about.Precision:F3} ({about.Found} of {about.Tagged} tags, {about.Values} values)");
        TestContext.Out.WriteLine("tags the vocabulary does not know: " + string.Join(", ", unresolved));
        Assert.That(about.Precision, Is.GreaterThan(all.Precision));
    }

    private sealed class Tally
    {
        public int Tagged { get; private set; }

        public int Found { get; private set; }

        public int Values { get; private set; }

        public int Correct { get; private set; }

        public double Recall => Tagged == 0 ? 0 : (double)Found / Tagged;

        public double Precision => Values == 0 ? 0 : (double)Correct / Values;

        public void Add(HashSet<string> tagged, IEnumerable<string> values)
        {
            var distinct = values.ToHashSet(StringComparer.Ordinal);
            Tagged += tagged.Count;
            Found += tagged.Count(distinct.Contains);
            Values += distinct.Count;
            Correct += distinct.Count(tagged.Contains);
        }
    }
}
