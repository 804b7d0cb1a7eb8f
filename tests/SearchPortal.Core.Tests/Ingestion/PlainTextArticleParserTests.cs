using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Language;

namespace SearchPortal.Core.Tests.Ingestion;

/// <summary>The parser's rules on small hand-made texts, beyond the five seeds.</summary>
public sealed class PlainTextArticleParserTests
{
    private const string Body =
        "The foreign ministers of the five Central Asian states met in Astana on Friday. They discussed water and energy.\n\n" +
        "The next meeting will be held in Tashkent, the ministry said.";

    private readonly PlainTextArticleParser _parser = new(new LanguageDetector());

    [Test]
    public void Short_final_paragraph_ending_in_a_full_stop_is_kept()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\n\n" + Body + "\n\nHe left.\n\nAdvertisement\n\nSome Sponsor Ltd\n");

        Assert.That(article.Text, Does.EndWith("the ministry said.\n\nHe left."));
    }

    [Test]
    public void Unknown_sponsor_names_in_the_trailing_footer_are_removed_by_shape_not_by_name()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\n\n" + Body + "\n\nSteppe Solar Panels\n\nKaspi Travel & Tours\n\nWorld\n");

        Assert.That(article.Text, Does.EndWith("the ministry said."));
    }

    [Test]
    public void Short_label_line_inside_the_body_is_kept_as_a_sub_heading()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\n\nFirst paragraph of the report.\n\nWater Talks\n\n" + Body);

        Assert.That(article.Text, Does.Contain("\n\nWater Talks\n\n"));
    }

    [Test]
    public void Known_boilerplate_is_removed_wherever_it_stands()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\n\nRelated Articles\n\n" + Body + "\n\nLeave a Reply\n\nHe left.");

        Assert.That(article.Text, Does.Not.Contain("Related Articles"));
        Assert.That(article.Text, Does.Not.Contain("Leave a Reply"));
        Assert.That(article.Text, Does.EndWith("He left."));
    }

    [Test]
    public void Sign_off_paragraph_of_its_own_is_removed_and_names_the_outlet()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\n\n" + Body + "\n\nFollow Trend on Telegram for the latest news.");

        Assert.That(article.Text, Does.EndWith("the ministry said."));
        Assert.That(article.Source, Is.EqualTo("Trend"));
    }

    [Test]
    public void Follow_us_sign_off_names_no_outlet()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\n\n" + Body + " Follow us on Facebook and Instagram.");

        Assert.That(article.Text, Does.EndWith("the ministry said."));
        Assert.That(article.Source, Is.Null);
    }

    [Test]
    public void Parenthesised_agency_dateline_names_the_outlet()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\n\nASTANA (Reuters) - " + Body);

        Assert.That(article.Source, Is.EqualTo("Reuters"));
    }

    [Test]
    public void Text_without_dateline_or_sign_off_has_no_source()
    {
        Assert.That(_parser.Parse("a", "Ministers meet in Astana\n\n" + Body).Source, Is.Null);
    }

    [Test]
    public void Short_first_sentence_becomes_the_whole_title_without_its_full_stop()
    {
        var article = _parser.Parse("a", "The ministers met in Astana on Friday. They discussed water and energy, the ministry said.");

        Assert.That(article.Title, Is.EqualTo("The ministers met in Astana on Friday"));
        Assert.That(article.Text, Does.StartWith("The ministers met in Astana on Friday. They discussed"));
    }

    [Test]
    public void Derived_title_skips_abbreviations_and_german_ordinals()
    {
        var english = _parser.Parse("a", "Mr. Blinken met the ministers in New York. They talked for an hour and agreed on a plan.");
        var german = _parser.Parse("b", "Am 26. April trafen sich die Minister in Almaty. Sie sprachen über Handel und Energie.");

        Assert.That(english.Title, Is.EqualTo("Mr. Blinken met the ministers in New York"));
        Assert.That(german.Title, Is.EqualTo("Am 26. April trafen sich die Minister in Almaty"));
    }

    [Test]
    public void Date_prefix_with_an_impossible_date_stays_in_the_title_line()
    {
        var article = _parser.Parse("a", "date 2021-13-45 Ministers meet in Astana\n\n" + Body);

        Assert.That(article.Date, Is.Null);
        Assert.That(article.Title, Is.EqualTo("date 2021-13-45 Ministers meet in Astana"));
    }

    [Test]
    public void Windows_line_endings_and_wrapped_lines_give_the_same_paragraphs()
    {
        var article = _parser.Parse("a", "Ministers meet in Astana\r\n\r\nThe ministers met\r\nin Astana on Friday.\r\n\u00A0\r\nThey agreed on a plan and the date.\r\n");

        Assert.That(article.Text, Is.EqualTo("The ministers met in Astana on Friday.\n\nThey agreed on a plan and the date."));
    }

    [Test]
    public void Text_of_only_furniture_parses_to_empty_text()
    {
        var article = _parser.Parse("a", "\n\nRelated Articles\n\nLeave a Reply\n\n");

        Assert.That(article.Text, Is.Empty);
        Assert.That(article.Language, Is.EqualTo(ArticleLanguage.Unknown));
    }
}
