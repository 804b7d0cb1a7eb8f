using SearchPortal.Core.Vocabulary;
using SearchPortal.Web.Presentation;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Presentation;

/// <summary>Offices as the index stores them (gazetteer "Title of Country, years"; vocabulary "Title, Country") read in German.</summary>
public class OfficeNameTests
{
    private static readonly FacetNames Names = new(FacetVocabulary.LoadDefault(), Localizers.For<FacetNames>());

    [TestCase("Foreign Minister of Russia, 2004–", "Außenminister Russlands, 2004–")]
    [TestCase("President of Kazakhstan, 2019–", "Präsident Kasachstans, 2019–")]
    [TestCase("Defence Minister of Germany, 2005–2009", "Verteidigungsminister Deutschlands, 2005–2009")]
    [TestCase("Prime Minister of China, 2013", "Premierminister Chinas, 2013")]
    [TestCase("Foreign Minister of Türkiye, 2023–", "Außenminister der Türkei, 2023–")]
    [TestCase("President of Ukraine, 2019–", "Präsident der Ukraine, 2019–")]
    [TestCase("Prime Minister of Mongolia", "Premierminister der Mongolei")]
    [TestCase("Foreign Minister of Iran, 2024–", "Außenminister des Iran, 2024–")]
    [TestCase("President of Belarus, 1994–", "Präsident von Belarus, 1994–")]
    [TestCase("Chancellor of Germany, 2021–2025", "Kanzler Deutschlands, 2021–2025")]
    [TestCase("Minister of Finance, 2010–2015", "Finanzminister, 2010–2015")]
    [TestCase("President, Kazakhstan", "Präsident Kasachstans")]
    [TestCase("Secretary of State (2021–2025), United States", "Außenminister der Vereinigten Staaten (2021–2025)")]
    [TestCase("Deputy Prime Minister and Foreign Minister, Kazakhstan", "Stellvertretender Premierminister und Außenminister Kasachstans")]
    [TestCase("Foreign Minister of Peru, 2021", "Außenminister Perus, 2021")]
    [TestCase("Foreign Minister of Guinea-Bissau, 2020–", "Außenminister Guinea-Bissaus, 2020–")]
    [TestCase("Foreign Minister of Central African Republic, 2016–", "Außenminister der Zentralafrikanischen Republik, 2016–")]
    [SetUICulture("de")]
    public void Common_offices_read_in_german_in_the_german_interface(string stored, string german)
    {
        Assert.That(Names.Office(stored), Is.EqualTo((german, (string?)null)));
    }

    [TestCase("Party Secretary of Shaanxi Province, China")]
    [TestCase("President (until March 2019), Kazakhstan")]
    [TestCase("President of the European Commission, 2019–")]
    [TestCase("Foreign Minister of Sri Lanka, 2022–")]
    [SetUICulture("de")]
    public void An_office_outside_the_rules_stays_english_and_is_marked_english(string stored)
    {
        Assert.That(Names.Office(stored), Is.EqualTo((stored, (string?)"en")));
    }

    [Test]
    [SetUICulture("en")]
    public void The_english_interface_shows_the_office_as_stored()
    {
        Assert.That(Names.Office("Foreign Minister of Russia, 2004–"), Is.EqualTo(("Foreign Minister of Russia, 2004–", (string?)null)));
    }
}
