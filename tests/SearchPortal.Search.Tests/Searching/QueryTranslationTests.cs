using System.IO.Compression;
using System.Text.Json;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// German and English query words also find the other language's articles, through their dictionary translations:
/// the real English Central Asia articles plus real German articles that speak of a "Gipfel", indexed by the
/// production pipeline.
/// </summary>
public sealed class QueryTranslationTests
{
    private readonly string germanSource = Path.Combine(Path.GetTempPath(), "sp-gipfel-" + Guid.NewGuid().ToString("N") + ".jsonl");
    private RelevanceArchive archive = null!;
    private string english = null!;

    [OneTimeSetUp]
    public void IndexBothLanguages()
    {
        english = RepositoryLocator.SharedCorpus("centralasia_en");
        File.WriteAllLines(germanSource, RecordsMentioning(RepositoryLocator.SharedCorpus("zeitgeist_de"), "Gipfel", 5));
        archive = new RelevanceArchive([english, germanSource], new ArticleAnalyzer());
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        archive.Dispose();
        File.Delete(germanSource);
    }

    [Test]
    public void Gipfel_finds_an_English_summit_article()
    {
        var response = Search("Gipfel");

        Assert.That(response.Hits.Where(h => h.Language == "en").Select(h => h.Title), Is.Not.Empty);
        Assert.That(response.Translations, Does.Contain("summit"));
    }

    [TestCase("China", "volksrepublik china", "porzellan")]
    [TestCase("Turkey", "türkei", "truthahn")]
    [TestCase("Turkey", "türkei", "pute")]
    public void A_country_is_translated_as_the_country_not_in_the_dictionarys_other_senses(string country, string meant, string otherSense)
    {
        var response = Search($"Tokayev {country}");

        Assert.That(response.Translations, Has.Some.EqualTo(meant).IgnoreCase);
        Assert.That(response.Translations, Has.None.EqualTo(otherSense).IgnoreCase);
        Assert.That(response.Hits, Is.Not.Empty);
    }

    [Test]
    public void A_demonym_whose_translation_is_no_spelling_of_its_country_keeps_its_translation()
    {
        Assert.That(Search("Mongolen").Translations, Has.Some.EqualTo("mongols").IgnoreCase);
    }

    [Test]
    public void A_German_article_with_the_typed_word_ranks_first_above_English_ones_found_through_its_translation()
    {
        var languages = Search("Gipfel").Hits.Select(h => h.Language).ToList();

        Assert.That(languages[0], Is.EqualTo("de"), string.Join(",", languages));
        Assert.That(languages.Skip(1), Does.Contain("en"));
    }

    [Test]
    public void Eisenbahn_Kirgisistan_finds_the_English_Kyrgyz_railway_article()
    {
        var railway = IdsMentioning(english, "railway", "Kyrgyz");

        var top = Search("Eisenbahn Kirgisistan").Hits.Take(3).Select(h => h.Id);

        Assert.That(top, Has.Some.AnyOf([.. railway]));
    }

    [Test]
    public void Aussenministertreffen_finds_the_English_meeting_of_foreign_ministers()
    {
        var meetings = IdsMentioning(english, "meeting of foreign ministers");

        var response = Search("Außenministertreffen");

        Assert.That(response.Hits.Select(h => h.Id), Has.Some.AnyOf([.. meetings]));
        Assert.That(response.Translations, Is.EqualTo(new[] { "foreign minister", "meeting" }));
    }

    [Test]
    public void Translation_off_finds_no_English_article_for_a_German_word()
    {
        var on = Search("Gipfel");
        var off = archive.Searcher.Search(new SearchRequest("Gipfel", new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AnyWord, PageSize: 50) { Translate = false });

        Assert.That(on.Hits.Select(h => h.Language), Does.Contain("en"));
        Assert.That(off.Hits.Select(h => h.Language), Is.All.EqualTo("de"));
        Assert.That(off.Translations, Is.Empty);
        Assert.That(TranslationNotice.For(off), Is.Null);
    }

    [Test]
    public void The_notice_lists_the_translations_searched()
    {
        Assert.That(TranslationNotice.For(Search("Eisenbahn")), Is.EqualTo("Also searched: railway, railroad, railway company."));
    }

    [Test]
    public void Snippets_of_an_English_hit_mark_the_translated_word()
    {
        var hit = Search("Gipfel").Hits.First(h => h.Language == "en");

        var marked = hit.Snippets.SelectMany(s => s.Pieces()).Where(p => p.Marked).Select(p => p.Text.ToLowerInvariant());

        Assert.That(marked, Has.Some.StartWith("summit"));
    }

    [Test]
    public void The_article_page_marks_the_translated_word()
    {
        var id = Search("Gipfel").Hits.First(h => h.Language == "en").Id;

        var view = archive.Searcher.Find(id, "Gipfel")!;

        Assert.That(view.Paragraphs.SelectMany(p => p.Pieces()).Where(p => p.Marked).Select(p => p.Text.ToLowerInvariant()), Has.Some.StartWith("summit"));
    }

    private SearchResponse Search(string query) =>
        archive.Searcher.Search(new SearchRequest(query, new Dictionary<string, IReadOnlyList<string>>(), MatchMode.AnyWord, PageSize: 50));

    private static IEnumerable<string> Records(string path)
    {
        using var lines = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (lines.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static string Text(string record)
    {
        using var json = JsonDocument.Parse(record);
        var root = json.RootElement;
        return (root.TryGetProperty("title", out var title) ? title.GetString() : "") + " " + root.GetProperty("text").GetString();
    }

    private static List<string> RecordsMentioning(string path, string word, int count) =>
        [.. Records(path).Where(r => Text(r).Contains(word, StringComparison.Ordinal)).Take(count)];

    private static List<string> IdsMentioning(string path, params string[] phrases) =>
        [.. Records(path).Where(r => phrases.All(p => Text(r).Contains(p, StringComparison.OrdinalIgnoreCase)))
            .Select(r => JsonDocument.Parse(r).RootElement.GetProperty("id").GetString()!)];
}
