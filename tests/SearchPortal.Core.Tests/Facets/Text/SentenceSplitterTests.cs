using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Tests.Facets.Text;

public class SentenceSplitterTests
{
    [Test]
    public void Dotted_abbreviations_and_titles_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("The U.S. Secretary met Dr. Smith in Astana. They agreed.");
        Assert.That(sentences, Is.EqualTo(new[] { "The U.S. Secretary met Dr. Smith in Astana.", "They agreed." }));
    }

    [Test]
    public void A_dotted_abbreviation_before_a_sentence_opener_ends_the_sentence()
    {
        Assert.That(SentenceSplitter.Split("Aid came from the U.S. The region welcomed it."), Has.Count.EqualTo(2));
    }

    [Test]
    public void German_ordinal_dates_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("Almaty, 26. April – Am 26. April fand das Treffen statt. Die Minister kamen.");
        Assert.That(sentences, Is.EqualTo(new[] { "Almaty, 26. April – Am 26. April fand das Treffen statt.", "Die Minister kamen." }));
    }

    [Test]
    public void A_one_line_article_with_a_lower_case_word_after_a_period_splits_only_at_real_ends()
    {
        var sentences = SentenceSplitter.Split("Ministry of Affairs foreigners of Kazakhstan. reports. This body marks a step.");
        Assert.That(sentences, Is.EqualTo(new[] { "Ministry of Affairs foreigners of Kazakhstan. reports.", "This body marks a step." }));
    }

    [Test]
    public void Blank_lines_and_headline_lines_are_their_own_sentences()
    {
        var sentences = SentenceSplitter.Split("Kasachstan\n\nAsien, China: Treffen in Almaty\nDie Minister trafen sich.\n\n\u00A0\n");
        Assert.That(sentences, Is.EqualTo(new[] { "Kasachstan", "Asien, China: Treffen in Almaty", "Die Minister trafen sich." }));
    }

    [Test]
    public void Closing_quotes_stay_with_their_sentence()
    {
        var sentences = SentenceSplitter.Split("«China is our neighbor.» The leader stressed it.");
        Assert.That(sentences, Is.EqualTo(new[] { "«China is our neighbor.»", "The leader stressed it." }));
    }
}
