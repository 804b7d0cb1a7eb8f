using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Querying;

public sealed class LenientReadingTests
{
    private QueryTestArchive archive = null!;

    [OneTimeSetUp]
    public void BuildArchive() => archive = new QueryTestArchive();

    [OneTimeTearDown]
    public void DisposeArchive() => archive.Dispose();

    [TestCase("")]
    [TestCase("   \t ")]
    public void A_blank_query_matches_every_article_without_a_notice(string text)
    {
        var (ids, parsed) = archive.Search(text);

        Assert.That(parsed.MatchesAll, Is.True);
        Assert.That(parsed.Query, Is.InstanceOf<MatchAllDocsQuery>());
        Assert.That(parsed.Notice, Is.Null);
        Assert.That(ids, Has.Count.EqualTo(archive.Count));
    }

    [TestCase("?!...")]
    [TestCase("AND")]
    [TestCase("OR NOT")]
    [TestCase("-")]
    [TestCase("( )")]
    [TestCase("\"\"")]
    public void A_query_without_words_matches_every_article_with_a_notice(string text)
    {
        var (ids, parsed) = archive.Search(text);

        Assert.That(parsed.MatchesAll, Is.True);
        Assert.That(parsed.Notice, Is.Not.Null.And.Not.Empty);
        Assert.That(ids, Has.Count.EqualTo(archive.Count));
    }

    [Test]
    public void An_unclosed_quote_is_closed_at_the_end()
    {
        var (ids, parsed) = archive.Search("\"critical minerals");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("quotation mark"));
    }

    [Test]
    public void An_unclosed_parenthesis_is_closed_at_the_end()
    {
        var (ids, parsed) = archive.Search("(Blinken OR vaccines");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5", "call" }));
        Assert.That(parsed.Notice, Does.Contain("parenthesis"));
    }

    [Test]
    public void A_stray_closing_parenthesis_is_ignored()
    {
        var (ids, parsed) = archive.Search("Blinken) OR vaccines");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5", "call" }));
        Assert.That(parsed.Notice, Does.Contain("parenthesis"));
    }

    [Test]
    public void Deep_nesting_is_flattened()
    {
        var text = new string('(', 40) + "Blinken" + new string(')', 40);

        Assert.That(archive.Ids(text), Is.EquivalentTo(new[] { "c5" }));
    }

    [TestCase("Blinken AND")]
    [TestCase("AND Blinken")]
    [TestCase("Blinken OR")]
    [TestCase("OR Blinken")]
    [TestCase("Blinken NOT")]
    [TestCase("Blinken AND OR NOT")]
    public void A_dangling_operator_is_ignored_with_a_notice(string text)
    {
        var (ids, parsed) = archive.Search(text);

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("nothing to connect"));
    }

    [Test]
    public void A_very_long_query_is_cut_with_a_notice()
    {
        var text = "Blinken " + string.Concat(Enumerable.Repeat("x", 12_000));
        var (ids, parsed) = archive.Search(text);

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("1,000 characters"));
    }

    [Test]
    public void Words_beyond_the_clause_limit_are_dropped_with_a_notice()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i)) + " Blinken";
        var (ids, parsed) = archive.Search("Tokayev " + text);

        Assert.That(ids, Is.EquivalentTo(new[] { "call", "profile" }), "Blinken came after the limit");
        Assert.That(parsed.Notice, Does.Contain("first 32 words"));
    }

    [Test]
    public void Control_characters_are_removed_with_a_notice()
    {
        var (ids, parsed) = archive.Search("Blin\u0000ken\u0007");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5" }));
        Assert.That(parsed.Notice, Does.Contain("control characters"));
    }

    [Test]
    public void Line_breaks_and_invisible_soft_hyphens_are_read_silently()
    {
        var (ids, parsed) = archive.Search("Blin\u00ADken\r\nOR\tvaccines");

        Assert.That(ids, Is.EquivalentTo(new[] { "c5", "call" }));
        Assert.That(parsed.Notice, Is.Null);
    }

    [Test]
    public void Only_stop_words_fall_back_to_the_neutral_fields_with_a_notice()
    {
        // The neutral chain as the schema intends it: it keeps the words the language chains drop.
        var keepsStopWords = new StandardAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty);
        var analyzer = new PerFieldAnalyzerWrapper(new ArticleAnalyzer(), new Dictionary<string, Analyzer>
        {
            [ArticleFields.TitleNeutral] = keepsStopWords,
            [ArticleFields.BodyNeutral] = keepsStopWords,
        });
        using var withStopWords = new QueryTestArchive(analyzer);

        // English bodies have no neutral field; the German one does ("Chinas und der zentralasiatischen Staaten").
        var (ids, parsed) = withStopWords.Search("\"und der\"");

        Assert.That(ids, Is.EquivalentTo(new[] { "almaty" }));
        Assert.That(parsed.MatchesAll, Is.False);
        Assert.That(parsed.Notice, Does.Contain("very common words"));
        Assert.That(withStopWords.Ids("the and of"), Has.Count.GreaterThan(0));
    }

    [Test]
    public void Only_stop_words_with_the_default_analyzer_never_throw_and_explain()
    {
        var parsed = archive.NewParser().Parse("the and of");

        Assert.That(parsed.MatchesAll, Is.False);
        Assert.That(parsed.Notice, Does.Contain("very common words"));
        Assert.DoesNotThrow(() => archive.Run(parsed.Query));
    }

    [Test]
    public void Random_syntax_soup_never_throws()
    {
        const string alphabet = "ab Kz*\"()+-:[]{}.\u00ADAND OR NOT title: country: year: lang: official:\u201E\u201C\u0000\\";
        var random = new Random(632);
        var parser = archive.NewParser();
        for (var round = 0; round < 2000; round++)
        {
            var length = random.Next(0, 40);
            var text = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.DoesNotThrow(() => archive.Run(parser.Parse(text).Query), text);
        }
    }
}
