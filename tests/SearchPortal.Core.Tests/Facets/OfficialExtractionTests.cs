using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

public class OfficialExtractionTests
{
    [TestCase("Jeenbek Kulubayev arrived.")]
    [TestCase("Jeenbek Kulubaev arrived.")]
    [TestCase("Zheenbek Kulubaev arrived.")]
    [TestCase("Dscheenbek Kulubajew traf ein.")]
    public void Transliterations_of_Kulubayev_resolve_to_the_canonical_name(string text)
    {
        Assert.That(Officials(text), Is.EqualTo(new[] { "Jeenbek Kulubayev" }));
    }

    // kremlin-en-63208, -63462, -63586: the office after "and", a dash or a parenthesis, as en.kremlin.ru writes it.
    [TestCase("Taking part in the meeting were Minister of Finance Anton Siluanov, Central Bank Governor Elvira Nabiullina, Head of the Federal Service for the Oversight of Consumer Protection and Welfare and Chief State Sanitary Physician Anna Popova, MOSTOTREST General Director Vladimir Vlasov.")]
    [TestCase("Taking part in the discussion of coronavirus-related problems facing theatres were Minister of Culture Olga Lyubimova and Head of the Federal Service for the Oversight of Consumer Protection and Welfare – Chief State Sanitary Doctor of Russia Anna Popova.")]
    [TestCase("The videoconference was attended by Deputy Prime Minister Tatyana Golikova, Healthcare Minister Mikhail Murashko, Defence Minister Sergei Shoigu and Head of the Federal Service for the Oversight of Consumer Protection and Welfare (Rospotrebnadzor) and Chief Sanitary Doctor Anna Popova.")]
    // kremlin-en-63362: "of the Russian Federation" between office and name.
    [TestCase("Taking part in the meeting were Minister of Healthcare Mikhail Murashko, Minister of Defence Sergei Shoigu and Head of the Federal Service for the Oversight of Consumer Protection and Welfare, Chief State Sanitary Physician of the Russian Federation Anna Popova.")]
    public void The_chief_sanitary_physician_is_found_under_her_office(string text)
    {
        Assert.That(Officials(text), Does.Contain("Anna Popova"));
    }

    [TestCase("Präsident Schawkat Mirsijojew empfing die Delegation.", "Shavkat Mirziyoyev")]
    [TestCase("Wladimir Putin und Sergej Lawrow reisten an.", "Vladimir Putin")]
    [TestCase("Kassym-Schomart Tokajew sprach.", "Kassym-Jomart Tokayev")]
    [TestCase("President Sadyr Zhaparov of Kyrgyzstan spoke.", "Sadyr Japarov")]
    public void German_spellings_and_transliterations_resolve(string text, string official)
    {
        Assert.That(Officials(text), Does.Contain(official));
    }

    [Test]
    public void Vocabulary_officials_carry_role_and_country()
    {
        var official = Extract("Wang Yi met the ministers.").Officials.Single();
        Assert.That(official.Detail, Is.EqualTo("Foreign Minister, China"));
    }

    [Test]
    public void Surname_alone_counts_after_the_full_name_in_the_same_article()
    {
        Assert.That(Officials("Serdar Berdimuhamedov opened the forum. Berdimuhamedov later left."), Is.EqualTo(new[] { "Serdar Berdimuhamedov" }));
        var facets = Extract("Wang Yi opened the secretariat. Yi expressed optimism.");
        Assert.That(facets.Officials.Single().Evidence, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_shared_surname_alone_names_nobody()
    {
        Assert.That(Officials("Berdimuhamedov opened the forum."), Is.Empty);
        Assert.That(Officials("President Xi spoke by phone."), Is.Empty, "'Xi' alone needs Xi Jinping named in full");
    }

    [Test]
    public void Roman_numerals_are_not_surnames()
    {
        Assert.That(Officials("Xi Jinping attended. The XI Summit opened."), Is.EqualTo(new[] { "Xi Jinping" }));
        Assert.That(Extract("Xi Jinping attended. The XI Summit opened.").Officials.Single().Evidence, Has.Count.EqualTo(1));
    }

    [Test]
    public void Officials_missing_from_the_vocabulary_are_found_by_title()
    {
        var facets = Extract("Turkish Foreign Minister Hakan Fidan arrived in Astana. Außenminister Kasachstans, Max Mustermann, begrüßte ihn.");
        Assert.That(facets.Officials.Select(o => (o.Value, o.Detail)), Is.EqualTo(new[]
        {
            ("Hakan Fidan", "Foreign Minister, Türkiye"),
            ("Max Mustermann", "Foreign Minister, Kazakhstan"),
        }));
    }

    [Test]
    public void Minister_of_Foreign_Affairs_of_a_country_names_the_person_after_the_comma()
    {
        var facets = Extract("The Minister of Foreign Affairs of Mongolia, Battsetseg Batmunkh, attended.");
        Assert.That(facets.Officials.Select(o => (o.Value, o.Detail)), Is.EqualTo(new[] { ("Battsetseg Batmunkh", "Foreign Minister of Mongolia, 2021–") }));
    }

    [Test]
    public void President_Xi_is_Xi_Jinping_not_a_new_person()
    {
        Assert.That(Officials("President Xi Jinping spoke. Later President Xi Said Hello."), Is.EqualTo(new[] { "Xi Jinping" }));
    }

    [Test]
    public void Sentence_words_after_a_title_are_not_names()
    {
        Assert.That(Officials("The President The delegation agreed. President Tokayev highlighted the progress."), Is.EqualTo(new[] { "Kassym-Jomart Tokayev" }));
        Assert.That(Officials("The President of the Republic of Kazakhstan spoke."), Is.Empty);
    }

    [Test]
    public void Honorifics_are_not_part_of_the_name_and_a_possessive_title_is_not_followed_by_one()
    {
        Assert.That(Officials("Rockefeller Foundation President Dr. Rajiv Shah moderated."), Is.EqualTo(new[] { "Rajiv Shah" }));
        Assert.That(Officials("Can you preview the President’s Child Tax Credit event?"), Is.Empty);
    }
}
