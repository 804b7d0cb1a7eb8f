using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

public class CountryExtractionTests
{
    [TestCase("Die kasachischen Behörden begrüßten den Schritt.")]
    [TestCase("Ein kasachischer Diplomat sprach in Berlin.")]
    [TestCase("Die Regierung Kasachstans begrüßte den Schritt.")]
    [TestCase("Die Kasachen feierten den Tag der Republik.")]
    [TestCase("Kazakhstan's capital hosted the talks.")]
    [TestCase("Kazakhstan’s capital hosted the talks.")]
    [TestCase("The Kazakhstani side proposed a road map.")]
    public void German_and_English_forms_of_Kazakhstan_are_found(string text)
    {
        Assert.That(Countries(text), Is.EqualTo(new[] { "Kazakhstan" }));
    }

    [TestCase("Gespräche mit der Kirgisischen Republik wurden fortgesetzt.", "Kyrgyzstan")]
    [TestCase("Der Präsident reiste nach Kirgisistan und Kirgistan.", "Kyrgyzstan")]
    [TestCase("The Kyrgyz Republic signed the deal.", "Kyrgyzstan")]
    [TestCase("Die Vereinigten Staaten begrüßten das Abkommen.", "United States")]
    [TestCase("Die Vereinigte Staaten von Amerika unterzeichneten.", "United States")]
    [TestCase("The Russian Federation abstained.", "Russia")]
    [TestCase("Die Russische Föderation enthielt sich.", "Russia")]
    [TestCase("Ein Vertreter der Volksrepublik China sprach.", "China")]
    [TestCase("Ankara: Türkiye hosted the summit.", "Türkiye")]
    [TestCase("Turkey hosted the summit.", "Türkiye")]
    [TestCase("TURKIYE HOSTED THE SUMMIT", "Türkiye")]
    [TestCase("Die tadschikische Seite und Tadschikistan stimmten zu.", "Tajikistan")]
    [TestCase("Usbekistan und die usbekischen Partner stimmten zu.", "Uzbekistan")]
    [TestCase("Athletes of Chinese Taipei competed.", "Taiwan")]
    public void Official_forms_German_names_and_diacritics_resolve_to_the_canonical_name(string text, string country)
    {
        Assert.That(Countries(text), Is.EqualTo(new[] { country }));
    }

    [Test]
    public void Hyphenated_compounds_count_both_countries()
    {
        Assert.That(Countries("Kazakh-Chinese relations are strong."), Is.EqualTo(new[] { "Kazakhstan", "China" }));
        Assert.That(Countries("Ein kasachisch-chinesischer Strategiedialog fand statt."), Is.EqualTo(new[] { "Kazakhstan", "China" }));
        Assert.That(Countries("The B5+1 Forum promotes U.S.-Central Asian business partnerships."), Is.EqualTo(new[] { "United States" }));
        Assert.That(Countries("The China-Central Asia summit opened."), Is.EqualTo(new[] { "China" }));
    }

    [Test]
    public void Upper_case_US_is_the_United_States_but_lower_case_us_is_not()
    {
        Assert.That(Countries("Join us in Astana, the minister told us."), Is.Empty);
        Assert.That(Countries("The withdrawal of US troops was discussed."), Is.EqualTo(new[] { "United States" }));
        Assert.That(Countries("The U.S. delegation arrived in Tashkent."), Is.EquivalentTo(new[] { "United States", "Uzbekistan" }), "the host of the visit too");
        Assert.That(Countries("Washington (USA) announced aid."), Is.EqualTo(new[] { "United States" }));
    }

    [Test]
    public void Currency_and_regions_are_not_country_mentions()
    {
        Assert.That(Countries("Der Handel erreichte 43,8 Milliarden US-Dollar."), Is.Empty);
        Assert.That(Countries("Trade reached 5 billion US dollars."), Is.Empty);
        Assert.That(Countries("Central Asia and Latin America met in Europe."), Is.Empty);
        Assert.That(Countries("The Trans-Afghan Railway will link the region to ports."), Is.Empty);
    }

    [Test]
    public void Country_names_that_are_also_personal_names_need_a_preposition()
    {
        Assert.That(Countries("Michael Jordan visited Astana."), Is.Empty);
        Assert.That(Countries("Chad Smith spoke at the forum."), Is.Empty);
        Assert.That(Countries("King Abdullah II of Jordan met the delegation."), Is.EqualTo(new[] { "Jordan" }));
        Assert.That(Countries("The Jordanian minister arrived."), Is.EqualTo(new[] { "Jordan" }));
    }

    [Test]
    public void Countries_are_listed_in_order_of_first_mention_without_duplicates()
    {
        Assert.That(Countries("Uzbekistan and Kazakhstan met. Kazakhstan then called Uzbekistan."), Is.EqualTo(new[] { "Uzbekistan", "Kazakhstan" }));
    }

    [Test]
    public void Longest_name_wins_over_a_shorter_one_inside_it()
    {
        Assert.That(Countries("Papua New Guinea and South Sudan signed."), Is.EqualTo(new[] { "Papua New Guinea", "South Sudan" }));
        Assert.That(Countries("The Democratic Republic of the Congo signed."), Is.EqualTo(new[] { "Democratic Republic of the Congo" }));
    }
}
