using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

public class YearExtractionTests
{
    [Test]
    public void Year_comes_from_the_dateline_not_from_a_later_mention()
    {
        var facets = Extract("On March 5, 2019 the two sides first met. They meet again on 12 May 2024.", date: new DateOnly(2021, 6, 2));
        Assert.That(facets.YearNumber, Is.EqualTo(2021));
        Assert.That(facets.Year!.Evidence, Is.Empty, "the text never states the article date");
    }

    [Test]
    public void The_article_date_finds_its_evidence_when_the_text_states_it()
    {
        var facets = Extract("The summit opened on March 30, 2024 in Xi'an.", date: new DateOnly(2024, 3, 30));
        Assert.That(facets.Year!.Evidence, Is.EqualTo(new[] { "The summit opened on March 30, 2024 in Xi'an." }));
    }

    [TestCase("The summit opened on March 30, 2024 in Xi'an.", 2024)]
    [TestCase("The summit opened on 30 March 2024.", 2024)]
    [TestCase("The summit opened on the 1st of June 2022.", 2022)]
    [TestCase("Das Treffen fand am 26. April 2025 in Almaty statt.", 2025)]
    [TestCase("Published 2021-06-02 by the press service.", 2021)]
    [TestCase("Astana, 30.03.2023 – Die Minister trafen sich.", 2023)]
    [TestCase("In 2019 they met. On Sept. 4, 2020 they signed; on 1 May 2021 they ratified.", 2020)]
    public void First_full_date_in_the_text_gives_the_year(string text, int year)
    {
        Assert.That(Extract(text).YearNumber, Is.EqualTo(year));
    }

    [TestCase("Building on the summit in 2023, the ministers looked ahead to 2025.")]
    [TestCase("Ein Memorandum für den Zeitraum 2026 bis 2028 wurde unterzeichnet.")]
    [TestCase("A road map for regional cooperation until 2027 was approved.")]
    [TestCase("Der Handel erreichte im Jahr 2024 ein Rekordvolumen.")]
    [TestCase("The state visit to China in September 2019 was recalled.")]
    [TestCase("Am 26. April fand das Treffen statt.")]
    [TestCase("The meeting is scheduled for 31.02.2024, a date that does not exist.")]
    [TestCase("You may 12 times say it, 2024 will not be a date.")]
    public void Other_periods_and_partial_dates_give_no_year(string text)
    {
        Assert.That(Extract(text).Year, Is.Null);
    }
}
