using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>A format is a value when the article deals with it, not when a sentence lists it among other platforms.</summary>
public class FormatEnumerationTests
{
    [Test]
    public void A_format_only_listed_among_other_platforms_is_only_mentioned()
    {
        var text = "Kazakhstan and China will continue to support each other within multilateral platforms such as the UN, SCO, CICA and CIS. "
            + "Kassym-Jomart Tokayev and Xi Jinping held a telephone conversation.";
        var formats = Extract(text).Formats;
        Assert.That(formats.Where(f => f.IsAbout).Select(f => f.Value), Is.EqualTo(new[] { "Bilateral" }));
        Assert.That(formats.Where(f => !f.IsAbout).Select(f => f.Value), Is.SupersetOf(new[] { "SCO", "CICA" }));
    }

    [TestCase("The SCO summit in Astana adopted a declaration.")]
    [TestCase("The leaders met at the SCO, where the ministers had prepared the documents.")]
    [TestCase("Cooperation within the SCO was discussed.")]
    [TestCase("The SCO, CICA and CIS were listed. The SCO summit in Astana adopted a declaration.")]
    public void A_meeting_or_a_body_of_the_SCO_is_the_SCO(string text)
    {
        Assert.That(Formats(text), Does.Contain("SCO"));
    }

    [Test]
    public void A_listed_format_with_a_meeting_word_still_counts()
    {
        Assert.That(Formats("Preparations for the CICA summit, the SCO and the CIS were discussed."), Does.Contain("CICA"));
    }
}
