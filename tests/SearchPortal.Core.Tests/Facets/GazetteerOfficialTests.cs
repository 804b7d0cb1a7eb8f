using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>Officials known from data/officials-gazetteer.json, on sentences quoted from the corpora in ../shared/corpus.</summary>
public class GazetteerOfficialTests
{
    [TestCase("Following the talks, Dmitry Medvedev and Islam Karimov made press statements.", "Islam Karimov")]
    [TestCase("Russia, and bilateral military and technical cooperation were signed in Vladimir Putin and Kurmanbek Bakiev's presence.", "Kurmanbek Bakiyev")]
    [TestCase("The presentation ceremony was also attended by Russia’s Foreign Minister Sergei Lavrov and Presidential Aide Sergei Prikhodko.", "Sergey Lavrov")]
    [TestCase("Dmitry Medvedev issued instructions to Minister of Civil Defence, Emergencies and Disaster Relief Sergei Shoigu to provide humanitarian aid to Kyrgyzstan.", "Sergei Shoigu")]
    [TestCase("Question: Mr President, today you will have a meeting with President of Belarus Alexander Lukashenko.", "Alexander Lukashenko")]
    [TestCase("Russian-Turkish agreements made during a meeting between Vladimir Putin and Recep Tayyip Erdogan in Sochi, in July, 2005.", "Recep Tayyip Erdoğan")]
    [TestCase("He had an informal meeting with the Federal Chancellor of Germany Angela Merkel.", "Angela Merkel")]
    [TestCase("During his visit, Vladimir Putin will hold talks with Indian Prime Minister Narendra Modi.", "Narendra Modi")]
    public void Officials_missing_from_the_vocabulary_are_found_through_the_gazetteer(string sentence, string official)
    {
        Assert.That(Officials(sentence), Does.Contain(official));
    }

    [Test]
    public void A_gazetteer_official_shows_the_principal_office_with_years()
    {
        var shoigu = Extract("Dmitry Medvedev issued instructions to Minister of Civil Defence, Emergencies and Disaster Relief Sergei Shoigu.").Officials.Single(o => o.Value == "Sergei Shoigu");
        Assert.That(shoigu.Detail, Is.EqualTo("Defence Minister of Russia, 2012–"));
    }

    [Test]
    public void One_person_under_five_spellings_in_two_languages_is_one_facet_value()
    {
        string[] sentences =
        [
            "Opportunities to deepen cooperation between Ukraine and the United States during President Volodymyr Zelenskyy’s planned visit to Washington.",
            "President Trump began negotiations with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky in pursuit of finally securing peace in Ukraine.",
            "Laut dem ukrainischen Präsidenten Wolodymyr Selenskyj habe es zudem Schäden an einem Depot und an Gleisen gegeben.",
            "President Biden will then return to Washington to host President Zelenskyy of Ukraine here at the White House on Thursday.",
            "Selenskyj sprach von einem Angriff.",
        ];
        var values = Extractor.Extract(Article(string.Join("\n\n", sentences))).Officials;
        Assert.That(values.Select(o => o.Value).Where(v => v != "Vladimir Putin" && v != "Joe Biden" && v != "Donald Trump"), Is.EqualTo(new[] { "Volodymyr Zelenskyy" }));
        foreach (var sentence in sentences)
        {
            // Each spelling on its own, the surnames after the full name: every one is the same value.
            Assert.That(Officials(sentences[0] + " " + sentence), Does.Contain("Volodymyr Zelenskyy").And.Not.Contain("Zelensky").And.Not.Contain("Selenskyj"), sentence);
        }
    }

    [Test]
    public void Erdogan_with_and_without_the_breve_is_one_value()
    {
        Assert.That(Officials("Vladimir Putin and Recep Tayyip Erdogan met. Später sprach Recep Tayyip Erdoğan."), Is.EqualTo(new[] { "Vladimir Putin", "Recep Tayyip Erdoğan" }));
    }

    [Test]
    public void Netanjahu_and_Netanyahu_are_one_value()
    {
        Assert.That(Officials("Benjamin Netanyahu spoke. Ministerpräsident Benjamin Netanjahu reiste ab."), Is.EqualTo(new[] { "Benjamin Netanyahu" }));
    }

    [Test]
    public void A_surname_alone_of_a_gazetteer_official_needs_the_full_name_in_the_article()
    {
        Assert.That(Officials("Karimov noted that Russia is Uzbekistan’s reliable, trusted partner."), Is.Empty);
        Assert.That(
            Officials("Dmitry Medvedev and President of Uzbekistan Islam Karimov discussed the prospects of trade. In turn, President Karimov noted that Russia is Uzbekistan’s reliable, trusted partner."),
            Does.Contain("Islam Karimov"));
    }

    [Test]
    public void The_archivists_vocabulary_official_wins_over_the_gazetteer()
    {
        var tokayev = Extract("Kasym-Zhomart Tokayev arrived.").Officials.Single();
        Assert.That(tokayev.Value, Is.EqualTo("Kassym-Jomart Tokayev"));
        Assert.That(tokayev.Detail, Is.EqualTo(FacetExtractor.OfficialDetail(SeedArticles.Vocabulary.Find("official", "Tokayev")!)));
    }
}
