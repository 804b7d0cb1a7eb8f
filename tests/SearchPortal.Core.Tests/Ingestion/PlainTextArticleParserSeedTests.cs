using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Language;
using SearchPortal.Core.Tests.TestData;

namespace SearchPortal.Core.Tests.Ingestion;

/// <summary>The parser on the five seed files exactly as received.</summary>
public sealed class PlainTextArticleParserSeedTests
{
    private readonly PlainTextArticleParser _parser = new(new LanguageDetector());

    private Article ParseSeed(string prefix)
    {
        var path = RepositoryLocator.SeedFile(prefix);
        return _parser.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
    }

    [Test]
    public void Seed_000_without_headline_gets_a_title_cut_from_its_first_sentence_at_a_word_boundary()
    {
        var article = ParseSeed("000");

        Assert.That(article.Title, Is.EqualTo("Prominent officials from China, Kazakhstan, Kyrgyzstan, Turkmenistan, Tajikistan and…"));
        Assert.That(article.Title.Length, Is.LessThanOrEqualTo(90));
        Assert.That(article.Text, Does.StartWith("Prominent officials from China, Kazakhstan, Kyrgyzstan, Turkmenistan, Tajikistan and Uzbekistan gathered in Xi'an"));
    }

    [Test]
    public void Seed_000_names_Daryo_in_its_sign_off_and_the_sign_off_leaves_the_text()
    {
        var article = ParseSeed("000");

        Assert.That(article.Source, Is.EqualTo("Daryo"));
        Assert.That(article.Text, Does.Not.Contain("Instagram"));
        Assert.That(article.Text, Does.EndWith("an important milestone in the diplomatic landscape of the region."));
    }

    [Test]
    public void Seed_000_date_in_the_body_is_not_extracted_by_the_parser()
    {
        Assert.That(ParseSeed("000").Date, Is.Null);
    }

    [Test]
    public void Seed_001_tag_line_becomes_the_category_and_the_headline_the_title()
    {
        var article = ParseSeed("001");

        Assert.That(article.Category, Is.EqualTo("Kasachstan"));
        Assert.That(article.Title, Is.EqualTo("Asien, China: Außenministertreffen in Almaty stärkt Beziehungen"));
        Assert.That(article.Language, Is.EqualTo(ArticleLanguage.German));
        Assert.That(article.Source, Is.Null);
        Assert.That(article.Date, Is.Null);
    }

    [Test]
    public void Seed_001_keeps_the_sub_headline_as_first_paragraph_and_drops_ads_and_comment_form()
    {
        var article = ParseSeed("001");

        Assert.That(article.Text, Does.StartWith("Sechstes Treffen der Außenminister im Zentralasien-China-Format in Almaty\n\nAlmaty, 26. April –"));
        Assert.That(article.Text, Does.EndWith("die bilateralen Beziehungen weiter zu vertiefen und die regionale Stabilität zu fördern."));
        Assert.That(article.Text, Does.Contain("\n\nKasachisch-Chinesische Beziehungen im Fokus\n\n"), "inner sub-heading is content");
        foreach (var furniture in new[] { "ACM Cyprus", "Esta Construction", "Pools Plus", "künstlicher Intelligenz", "Ähnliche Artikel", "Kommentar", "E-Mail", "Zurück zum Anfang" })
        {
            Assert.That(article.Text, Does.Not.Contain(furniture));
        }
    }

    [Test]
    public void Seed_002_tag_line_and_text_without_sponsors_notices_or_navigation()
    {
        var article = ParseSeed("002");

        Assert.That(article.Category, Is.EqualTo("Tajikistan"));
        Assert.That(article.Title, Is.EqualTo("Secretary Blinken’s C5+1 Meeting at UNGA 79"));
        Assert.That(article.Language, Is.EqualTo(ArticleLanguage.English));
        Assert.That(article.Text, Does.StartWith("Secretary Blinken Meets with Central Asian Foreign Ministers at UN General Assembly\n\nIn a meeting held"));
        Assert.That(article.Text, Does.EndWith("between the United States and Central Asian countries within the framework of the C5+1 platform."));
        Assert.That(article.Text, Does.Not.Contain("\u00A0"), "the non-breaking-space line is blank");
        Assert.That(article.Source, Is.Null);
    }

    [Test]
    public void Seed_003_date_prefix_goes_to_the_date_and_leaves_the_title()
    {
        var article = ParseSeed("003");

        Assert.That(article.Date, Is.EqualTo(new DateOnly(2021, 6, 2)));
        Assert.That(article.Title, Is.EqualTo("Kazakh President holds telephone conversation with President of China"));
        Assert.That(article.Category, Is.Null);
    }

    [Test]
    public void Seed_003_dateline_names_Kazinform_and_stays_in_the_text()
    {
        var article = ParseSeed("003");

        Assert.That(article.Source, Is.EqualTo("Kazinform"));
        Assert.That(article.Text, Does.StartWith("NUR-SULTAN. KAZINFORM – Kazakhstan President Kassym-Jomart Tokayev"));
        Assert.That(article.Text, Does.EndWith("the dates of President Xi’s return state visit to our country."), "trailing blank lines are gone");
    }

    [Test]
    public void Seed_004_headline_printed_twice_appears_once_and_the_footer_is_removed()
    {
        var article = ParseSeed("004");

        Assert.That(article.Title, Is.EqualTo("VI Consultative Meeting of Central Asian Heads of State Confirms Integration Course"));
        Assert.That(article.Text, Does.StartWith("The VI Consultative Meeting of the Heads of State of Central Asia took place on August 9, 2024"));
        Assert.That(article.Text, Does.EndWith("look forward to meeting again in Baku in November,\" the president said."));
        foreach (var furniture in new[] { "Leave a review", "Politics", "Follow us", "News Line" })
        {
            Assert.That(article.Text, Does.Not.Contain(furniture));
        }
    }

    [TestCase("000", ArticleLanguage.English)]
    [TestCase("001", ArticleLanguage.German)]
    [TestCase("002", ArticleLanguage.English)]
    [TestCase("003", ArticleLanguage.English)]
    [TestCase("004", ArticleLanguage.English)]
    public void Seed_language_is_detected(string prefix, string expected)
    {
        Assert.That(ParseSeed(prefix).Language, Is.EqualTo(expected));
    }

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void Seed_text_has_paragraphs_separated_by_one_blank_line_and_no_padding(string prefix)
    {
        var text = ParseSeed(prefix).Text;

        Assert.That(text, Is.EqualTo(text.Trim()));
        Assert.That(text, Does.Not.Contain("\n\n\n"));
    }

    [Test]
    public void Seed_files_read_like_the_curated_seed_records()
    {
        var curated = Path.GetFullPath(Path.Combine(RepositoryLocator.Root(), "..", "shared", "corpus", "seeds", "articles.jsonl.gz"));
        if (!File.Exists(curated))
        {
            Assert.Ignore("Shared seeds corpus not present.");
        }

        var expected = new JsonLinesArticleReader(new LanguageDetector()).Read(curated).Select(r => r.Article!).ToList();
        foreach (var record in expected)
        {
            var parsed = ParseSeed(record.Id[..3]);
            Assert.Multiple(() =>
            {
                Assert.That(parsed.Text, Is.EqualTo(record.Text), record.Id);
                Assert.That(parsed.Language, Is.EqualTo(record.Language), record.Id);
                Assert.That(parsed.Source, Is.EqualTo(record.Source), record.Id);
                Assert.That(parsed.Category, Is.EqualTo(record.Category), record.Id);
            });
        }
    }
}
