using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Language;
using SearchPortal.Core.Tests.TestData;

namespace SearchPortal.Core.Tests.Ingestion;

/// <summary>NAME.meta.json next to NAME.txt, read through <see cref="ArticleSourceReader"/>.</summary>
public sealed class MetadataSidecarTests
{
    private const string Article =
        "Ministers meet in Astana\n\nASTANA. KAZINFORM – The ministers of the five states met in Astana on Friday and agreed on a plan.";

    private readonly ArticleSourceReader _reader = ArticleSourceReader.Create(new LanguageDetector());
    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TemporaryDirectory();

    [TearDown]
    public void DeleteDirectory() => _directory.Dispose();

    [Test]
    public void Sidecar_values_win_over_extraction_and_facets_go_into_overrides()
    {
        var path = _directory.Write("kz.txt", Article);
        _directory.Write("kz.meta.json",
            """
            {"title":"Astana ministerial","date":"2024-08-09","language":"de","source":"Astana Times","url":"https://example.org/kz",
             "category":"Diplomacy","countries":["Kazakhstan","China"],"formats":["C+C5"],"year":2024,"officials":["Wang Yi"]}
            """);

        var article = _reader.Read([path]).Single().Article!;

        Assert.That(article.Title, Is.EqualTo("Astana ministerial"));
        Assert.That(article.Date, Is.EqualTo(new DateOnly(2024, 8, 9)));
        Assert.That(article.Language, Is.EqualTo(ArticleLanguage.German));
        Assert.That(article.Source, Is.EqualTo("Astana Times"));
        Assert.That(article.Url, Is.EqualTo("https://example.org/kz"));
        Assert.That(article.Category, Is.EqualTo("Diplomacy"));
        Assert.That(article.Overrides!.Countries, Is.EqualTo(new[] { "Kazakhstan", "China" }));
        Assert.That(article.Overrides.Formats, Is.EqualTo(new[] { "C+C5" }));
        Assert.That(article.Overrides.Year, Is.EqualTo(2024));
        Assert.That(article.Overrides.Officials, Is.EqualTo(new[] { "Wang Yi" }));
    }

    [Test]
    public void Partial_sidecar_keeps_extracted_values_for_keys_it_does_not_set()
    {
        var path = _directory.Write("kz.txt", Article);
        _directory.Write("kz.meta.json", """{"date":"2021-06-02"}""");

        var article = _reader.Read([path]).Single().Article!;

        Assert.That(article.Date, Is.EqualTo(new DateOnly(2021, 6, 2)));
        Assert.That(article.Title, Is.EqualTo("Ministers meet in Astana"));
        Assert.That(article.Source, Is.EqualTo("Kazinform"));
        Assert.That(article.Language, Is.EqualTo(ArticleLanguage.English));
        Assert.That(article.Overrides, Is.Null);
    }

    [Test]
    public void Article_without_sidecar_has_no_overrides()
    {
        var path = _directory.Write("kz.txt", Article);

        Assert.That(_reader.Read([path]).Single().Article!.Overrides, Is.Null);
    }

    [TestCase("{\"title\": ", "malformed metadata sidecar")]
    [TestCase("{\"date\":\"9 August 2024\"}", "\"date\" must be YYYY-MM-DD")]
    [TestCase("{\"language\":\"fr\"}", "\"language\" must be")]
    [TestCase("{\"contries\":[\"Kazakhstan\"]}", "contries")]
    [TestCase("{\"year\":\"twenty\"}", "malformed metadata sidecar")]
    [TestCase("", "empty file")]
    public void Malformed_sidecar_skips_the_article_with_a_reason_naming_the_sidecar(string sidecar, string reasonPart)
    {
        var path = _directory.Write("kz.txt", Article);
        var sidecarPath = _directory.Write("kz.meta.json", sidecar);

        var record = _reader.Read([path]).Single();

        Assert.That(record.IsSkipped, Is.True);
        Assert.That(record.Id, Is.EqualTo("kz"));
        Assert.That(record.SkipReason, Does.Contain(sidecarPath));
        Assert.That(record.SkipReason, Does.Contain(reasonPart));
    }
}
