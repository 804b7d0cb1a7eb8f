using SearchPortal.Core.Facets;
using SearchPortal.Core.Tests.Facets;

namespace SearchPortal.Core.Tests.Vocabulary;

/// <summary>The generated data/officials-gazetteer.json as the shipped vocabulary loads it beside facet-vocabulary.json.</summary>
public class OfficialGazetteerTests
{
    // German press forms the generator derives by rule from the English romanisation.
    [TestCase("Sergej Lawrow", "Sergey Lavrov")]
    [TestCase("Nursultan Nasarbajew", "Nursultan Nazarbayev")]
    [TestCase("Wolodymyr Selenskyj", "Volodymyr Zelenskyy")]
    [TestCase("Kassym-Schomart Tokajew", "Kassym-Jomart Tokayev")]
    [TestCase("Sergei Schoigu", "Sergei Shoigu")]
    [TestCase("Schawkat Mirsijojew", "Shavkat Mirziyoyev")]
    [TestCase("Sadyr Dschaparow", "Sadyr Japarov")]
    [TestCase("Boris Jelzin", "Boris Yeltsin")]
    public void German_press_forms_resolve_to_the_canonical_name(string spelling, string canonical)
    {
        Assert.That(SeedArticles.Vocabulary.Resolve(FacetDimension.Official, spelling), Is.EqualTo(canonical));
    }

    // Factbook spellings (de-capitalised), name changes and English romanisation variants.
    [TestCase("Kazymzhomart Tokayev", "Kassym-Jomart Tokayev")]
    [TestCase("Emomali Rahmonov", "Emomali Rahmon")]
    [TestCase("Sergey Shoygu", "Sergei Shoigu")]
    [TestCase("Aleksandr Lukashenko", "Alexander Lukashenko")]
    [TestCase("Helmut Kohl", "Helmut Kohl")]
    [TestCase("Saparmurad Niyazov", "Saparmurat Niyazov")]
    [TestCase("Askar Akayev", "Askar Akayev")]
    [TestCase("Jens Stoltenberg", "Jens Stoltenberg")]
    public void Source_spellings_and_name_changes_resolve_to_one_person(string spelling, string canonical)
    {
        Assert.That(SeedArticles.Vocabulary.Resolve(FacetDimension.Official, spelling), Is.EqualTo(canonical));
    }

    // Russia keeps every office the sources hold: the CIA's 2019 row "Director of Federal Security Service,FSB) (Russia"
    // (split by its acronym), the central bank, governors and heads of republics from Wikidata.
    [TestCase("Aleksandr Bortnikov", "Alexander Bortnikov", "Director of")]
    [TestCase("Elvira Nabiullina", "Elvira Nabiullina", "Central Bank")]
    [TestCase("Oleg Kozhemyako", "Oleg Kozhemyako", "Governor of Primorsky Krai")]
    [TestCase("Rustam Minnikhanov", "Rustam Minnikhanov", "Tatarstan")]
    public void Russian_officials_beyond_the_cabinet_resolve_with_their_office(string spelling, string canonical, string office)
    {
        Assert.That(SeedArticles.Vocabulary.Resolve(FacetDimension.Official, spelling), Is.EqualTo(canonical));
        var entry = SeedArticles.Vocabulary.Find(FacetDimension.Official, canonical);
        Assert.That(entry?.Offices, Has.Some.Contains(office));
    }

    [Test]
    public void The_gazetteer_covers_thousands_of_officials_beside_the_archivists_fifty()
    {
        Assert.That(SeedArticles.Vocabulary.Officials, Has.Count.GreaterThan(5000));
    }
}
