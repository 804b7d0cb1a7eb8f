using SearchPortal.Core.Facets;
using SearchPortal.Core.Tests.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Tests.Vocabulary;

public class GermanNameTests
{
    private static FacetVocabulary Shipped => SeedArticles.Vocabulary;

    [TestCase(FacetDimension.Country, "Kazakhstan", "Kasachstan")]
    [TestCase(FacetDimension.Country, "Türkiye", "Türkei")]
    [TestCase(FacetDimension.Country, "Austria", "Österreich")]
    [TestCase(FacetDimension.Country, "Iceland", "Island")]
    [TestCase(FacetDimension.Format, "SCO", "SOZ")]
    [TestCase(FacetDimension.Format, "China–Central Asia", "China–Zentralasien")]
    public void A_value_shows_its_German_name_in_the_German_interface_and_its_canonical_one_in_English(string dimension, string canonical, string german)
    {
        Assert.That(Shipped.DisplayName(dimension, canonical, "de"), Is.EqualTo(german));
        Assert.That(Shipped.DisplayName(dimension, canonical, "en"), Is.EqualTo(canonical));
    }

    [Test]
    public void A_value_without_a_German_name_or_unknown_to_the_vocabulary_shows_as_it_is()
    {
        Assert.That(Shipped.DisplayName(FacetDimension.Country, "China", "de"), Is.EqualTo("China"));
        Assert.That(Shipped.DisplayName(FacetDimension.Format, "C5+1", "de"), Is.EqualTo("C5+1"));
        Assert.That(Shipped.DisplayName(FacetDimension.Country, "Atlantis", "de"), Is.EqualTo("Atlantis"));
    }

    [Test]
    public void A_German_name_that_is_a_spelling_of_another_entry_is_refused()
    {
        var countries = new List<VocabularyEntry>
        {
            new("Austria", ["Österreich"]),
            new("Australia", ["Australien"], German: "Österreich"),
        };
        var error = Assert.Throws<VocabularyException>(() => new FacetVocabulary(countries, [], []));
        Assert.That(error!.Message, Does.Contain("\"Australia\"").And.Contain("\"Österreich\"").And.Contain("\"Austria\""));
    }

    [Test]
    public void The_vocabulary_file_carries_German_names_in_its_de_field()
    {
        var folder = Directory.CreateTempSubdirectory("vocabulary-de-");
        try
        {
            var file = Path.Combine(folder.FullName, "facet-vocabulary.json");
            File.WriteAllText(file, """
                {"countries":[{"canonical":"Kazakhstan","de":"Kasachstan","aliases":["Kasachstan"]}],"formats":[],"officials":[]}
                """);
            Assert.That(FacetVocabulary.Load(file).DisplayName(FacetDimension.Country, "Kazakhstan", "de"), Is.EqualTo("Kasachstan"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
