using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>About versus mentioned, decided from the text: title, lead, the parties of a call or meeting, repetition.</summary>
public class SubjectRoleTests
{
    private static readonly FacetExtractor Extractor = FacetTestArticles.Extractor;

    private static string[] About(IReadOnlyList<FacetValue> values) => [.. values.Where(v => v.IsAbout).Select(v => v.Value)];

    private static string[] Mentioned(IReadOnlyList<FacetValue> values) => [.. values.Where(v => !v.IsAbout).Select(v => v.Value)];

    [Test]
    public void Kazakhstan_China_call_is_about_the_two_parties_and_only_mentions_the_US_troops_and_the_platforms()
    {
        var facets = Extractor.Extract(SeedArticles.Load(3, new DateOnly(2021, 6, 2)));
        Assert.That(About(facets.Countries), Is.EquivalentTo(new[] { "Kazakhstan", "China" }));
        Assert.That(Mentioned(facets.Countries), Is.EquivalentTo(new[] { "United States", "Afghanistan" }),
            "«especially after the withdrawal of US troops from Afghanistan» names them once, outside the call's parties");
        Assert.That(About(facets.Formats), Is.EquivalentTo(new[] { "Bilateral" }));
        Assert.That(Mentioned(facets.Formats), Is.EquivalentTo(new[] { "SCO", "CICA", "China–Central Asia" }),
            "platforms listed in the talks are not what the call is");
        Assert.That(About(facets.Officials), Is.EquivalentTo(new[] { "Kassym-Jomart Tokayev", "Xi Jinping" }));
    }

    [Test]
    public void Countries_listed_in_a_speech_as_future_partners_are_only_mentioned()
    {
        // en.kremlin.ru, "Roundtable meeting of leaders at Belt and Road international forum" (kremlin-en-54496).
        var facets = Extractor.Extract(FacetTestArticles.Article(
            "Vladimir Putin attended the first roundtable meeting of leaders at the Belt and Road international forum, which covered integration issues and the further development of economic partnership.\n\n"
            + "The leaders of the Belt and Road Forum for International Cooperation adopted a joint statement.\n\n"
            + "The EAEU is steadily developing external ties. Some 50 countries in Europe, Asia and Latin America have shown interest in cooperating with it.\n\n"
            + "The Free Trade Agreement between the EAEU and Vietnam came into effect in October 2016. The EAEU is negotiating a trade and economic cooperation agreement with China and a free trade agreement with Israel. Agreements have been reached to launch talks with Egypt, Iran, India, Serbia and Singapore.",
            title: "Roundtable meeting of leaders at Belt and Road international forum"));
        Assert.That(Mentioned(facets.Countries), Is.SupersetOf(new[] { "Vietnam", "Israel", "Egypt", "Iran", "India", "Serbia", "Singapore" }));
        Assert.That(About(facets.Countries), Is.Empty);
    }

    [Test]
    public void Travel_ban_fact_sheet_is_about_the_United_States_not_the_nineteen_listed_countries()
    {
        // whitehouse.gov fact sheet of 2025-06-04 on entry restrictions.
        var facets = Extractor.Extract(FacetTestArticles.Article(
            "COMBATING TERRORISM THROUGH COMMON SENSE SECURITY STANDARDS: Today, President Donald J. Trump signed a Proclamation to protect the nation from foreign terrorist and other national security and public safety threats from entry into the United States.\n\n"
            + "In Trump v. Hawaii, the Supreme Court upheld the President’s authority to use section 212(f) of the Immigration and Nationality Act to protect the United States through entry restrictions.\n\n"
            + "The Proclamation fully restricts and limits the entry of nationals from 12 countries found to be deficient with regards to screening and vetting and determined to pose a very high risk to the United States: Afghanistan, Burma, Chad, Republic of the Congo, Equatorial Guinea, Eritrea, Haiti, Iran, Libya, Somalia, Sudan, and Yemen.\n\n"
            + "The Proclamation partially restricts and limits the entry of nationals from 7 countries who also pose a high level of risk to the United States: Burundi, Cuba, Laos, Sierra Leone, Togo, Turkmenistan, and Venezuela.",
            title: "Fact Sheet: President Donald J. Trump Restricts the Entry of Foreign Nationals to Protect the United States from Foreign Terrorists and Other National Security and Public Safety Threats"));
        Assert.That(About(facets.Countries), Is.EquivalentTo(new[] { "United States" }));
        Assert.That(Mentioned(facets.Countries), Is.SupersetOf(new[] { "Afghanistan", "Iran", "Libya", "Somalia", "Cuba", "Turkmenistan", "Venezuela" }));
    }

    [Test]
    public void German_article_is_about_the_meeting_its_participants_and_the_ministers_who_spoke()
    {
        var facets = Extractor.Extract(SeedArticles.Load(1));
        Assert.That(About(facets.Countries), Is.EquivalentTo(new[] { "Kazakhstan", "China", "Kyrgyzstan" }),
            "«An dem Treffen nahmen hochrangige Vertreter teil, darunter ... Zheenbek Kulubaev, Außenminister der Kirgisischen Republik»");
        Assert.That(About(facets.Officials), Is.EquivalentTo(new[] { "Murat Nurtleu", "Wang Yi", "Jeenbek Kulubayev" }));
        Assert.That(About(facets.Formats), Is.EquivalentTo(new[] { "China–Central Asia", "Bilateral" }));
    }

    [Test]
    public void German_phone_call_makes_its_parties_the_subject_and_a_named_third_state_a_mention()
    {
        var facets = Extractor.Extract(FacetTestArticles.Article(
            "Präsident Tokajew führte am Montag ein Telefonat mit dem usbekischen Präsidenten Schawkat Mirsijojew. "
            + "Beide Seiten sprachen über die Wasserversorgung der Region. Auch die Lage in Afghanistan kam zur Sprache.",
            language: ArticleLanguage.German));
        Assert.That(Mentioned(facets.Countries), Does.Contain("Afghanistan"));
        Assert.That(About(facets.Officials), Is.SupersetOf(new[] { "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev" }));
    }

    [TestCase(0)]
    [TestCase(2)]
    [TestCase(4)]
    public void Sample_article_keeps_every_country_and_format_a_reader_sees_as_about(int number)
    {
        var facets = Extractor.Extract(SeedArticles.Load(number));
        Assert.That(Mentioned(facets.Countries), Is.Empty);
        Assert.That(Mentioned(facets.Formats), Is.Empty);
    }

    [Test]
    public void Summit_participants_and_its_honoured_guest_are_about_the_article()
    {
        var facets = Extractor.Extract(SeedArticles.Load(4));
        Assert.That(About(facets.Officials), Is.SupersetOf(new[] { "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Shavkat Mirziyoyev", "Ilham Aliyev" }));
    }
}
