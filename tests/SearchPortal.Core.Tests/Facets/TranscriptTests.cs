using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// In a transcript (a news conference, answers to questions), the talks and visits the speakers recall make no country
/// a subject; the title, the lead and repetition still do. Fact-sheet headings are no speaker labels.
/// </summary>
public class TranscriptTests
{
    private static string[] About(IReadOnlyList<FacetValue> values) => [.. values.Where(v => v.IsAbout).Select(v => v.Value)];

    [Test]
    public void Talks_a_journalist_asks_about_in_a_news_conference_make_no_subject()
    {
        // kremlin-en-52834, "Answers to journalists’ questions": en.kremlin.ru tags none of France, Germany, Japan.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin answered Russian journalists’ questions following his working visit to China to take part in the G20 Summit.\n\n"
            + "President of Russia Vladimir Putin: Good afternoon.\n\n"
            + "Question: Mr President, continuing with your various bilateral talks, we journalists were all expecting to see you hold trilateral talks with the French and German leaders here at the summit, but as I understand it, you all held separate meetings instead, at their initiative.\n\n"
            + "Vladimir Putin: That is how it worked out.\n\n"
            + "Question: Japan is still a member of the G7.",
            title: "Answers to journalists’ questions");
        Assert.That(About(facets.Countries), Has.None.AnyOf("France", "Germany", "Japan"));
        Assert.That(About(facets.Countries), Does.Contain("China"), "the lead still places the visit");
    }

    [Test]
    public void Fact_sheet_headings_are_no_speakers()
    {
        // whitehouse.gov, "Joint Fact Sheet on President Donald J. Trump’s Meeting with President Lee Jae Myung" (2025-11-13).
        var facets = FacetTestArticles.Extract(
            "President Lee Jae Myung of the Republic of Korea (ROK) welcomed President Donald J. Trump of the United States of America (United States or U.S.) for a State Visit to ROK on October 29.\n\n"
            + "ENHANCING COMMERCIAL TIES: The two leaders welcomed a series of commercial commitments in strategic sectors, reflecting the confidence of the private sector in the strong bilateral economic partnership.\n\n"
            + "PROMOTING RECIPROCAL TRADE: The two leaders recognized that the recently announced deal reflects a common goal to increase mutually beneficial trade and investment.\n\n"
            + "COORDINATING ON KOREAN PENINSULA AND REGIONAL ISSUES: The two leaders committed to peace, security, and prosperity both on the Korean Peninsula and in the Indo-Pacific region.\n\n"
            + "The two leaders reiterated their commitment to the complete denuclearization of the DPRK and peace and stability on the Korean Peninsula, and pledged to work together to implement the Joint Statement of the 2018 U.S.-DPRK Singapore Summit.",
            title: "Joint Fact Sheet on President Donald J. Trump’s Meeting with President Lee Jae Myung");
        Assert.That(About(facets.Countries), Does.Contain("Singapore"), "the summit sentence keeps its parties outside a transcript");
    }
}
