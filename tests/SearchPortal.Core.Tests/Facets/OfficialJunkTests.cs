using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>Title patterns give whole personal names only: never a phrase, an office, a prize, a possessive or a fragment (sentences from the shared corpora).</summary>
public class OfficialJunkTests
{
    [TestCase("Ellen Johnson Sirleaf, former President of Liberia, Nobel Peace Prize recipient, and Co-Chair of the Independent Panel for Pandemic Preparedness and Response called for action.", "Nobel Peace")]
    [TestCase("Ruling Prince of Monaco Albert II (retranslated): Mr President, Your Excellency, ladies and gentlemen, friends.", "Your Excellency")]
    [TestCase("Taking part in the meeting were Deputy Prime Minister and Presidential Plenipotentiary Envoy to the North Caucasus Federal District Alexander Khloponin.", "Presidential Plenipotentiary")]
    [TestCase("The President Security Strategy Review was published.", "Security Strategy")]
    [TestCase("Alexandra de Hoop Scheffer, Director of the German Marshall Fund", "Marshall Fund")]
    public void No_phrase_office_or_prize_becomes_an_official(string text, string junk)
    {
        Assert.That(Officials(text), Has.None.Contains(junk));
    }

    [TestCase("We look forward to working with President-Elect Gustavo Petro and his new administration.", "Gustavo Petro")]
    [TestCase("Brady is active in Vice President George Bush's presidential campaign.", "George Bush")]
    [TestCase("Vladimir Putin and President Moon Jae-in agreed to maintain further contact.", "Moon Jae-in")]
    [TestCase("I know that President Abdel Fattah el-Sisi, a great friend of our country, is actively supporting Copts in Egypt.", "Abdel Fattah el-Sisi")]
    [TestCase("Secretary Blinken will then travel to Cairo to meet with President Abdel Fattah Al Sisi and Foreign Minister Sameh Shoukry.", "Abdel Fattah el-Sisi")]
    [TestCase("Natürlich müssen Parlaments- und Präsidentenwahlen vorbereitet werden, sagte Außenminister Nikola Poposki dem Sender.", "Nikola Poposki")]
    public void Titled_names_are_whole(string text, string name)
    {
        Assert.That(Officials(text), Does.Contain(name));
        Assert.That(Officials(text), Has.None.EqualTo("Elect Gustavo Petro").And.None.EqualTo("George Bush's").And.None.EqualTo("Moon Jae").And.None.EqualTo("Abdel Fattah"));
    }

    [Test]
    public void A_surname_mention_merges_into_the_full_name_of_the_same_article()
    {
        var text = "Blinken, French Foreign Minister Jean-Yves Le Drian, German Foreign Minister Heiko Maas signed. "
            + "The Secretary will be meeting with Foreign Minister Le Drian later today.";
        var officials = Extract(text).Officials;
        Assert.That(officials.Select(o => o.Value), Does.Contain("Jean-Yves Le Drian").And.Not.Contain("Le Drian"));
        Assert.That(officials.Single(o => o.Value == "Jean-Yves Le Drian").Evidence, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_name_right_after_the_title_and_country_is_found()
    {
        var text = "On the sidelines of the summit, Vladimir Putin will also meet with Prime Minister of India Narendra Modi and President of the South African Republic Jacob Zuma.";
        var modi = Extract(text).Officials.Single(o => o.Value == "Narendra Modi");
        Assert.That(modi.Detail, Is.EqualTo("Prime Minister of India, 2014–"), "the gazetteer's office with its years");
    }

    [Test]
    public void A_name_before_its_title_is_found()
    {
        Assert.That(Officials("The talks were opened by Nikola Poposki, the Minister of Foreign Affairs of North Macedonia."), Does.Contain("Nikola Poposki"));
    }
}
