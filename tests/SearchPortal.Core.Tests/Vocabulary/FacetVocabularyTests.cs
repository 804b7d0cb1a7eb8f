using SearchPortal.Core.Facets;
using SearchPortal.Core.Tests.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Tests.Vocabulary;

public class FacetVocabularyTests
{
    private static FacetVocabulary Shipped => SeedArticles.Vocabulary;

    [Test]
    public void Shipped_vocabulary_covers_every_UN_member_observer_Taiwan_and_Kosovo()
    {
        Assert.That(Shipped.Countries, Has.Count.EqualTo(197));
        var names = Shipped.Countries.Select(c => c.Canonical).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "Kazakhstan", "Holy See", "Palestine", "Taiwan", "Kosovo", "Tuvalu", "Eswatini", "Türkiye" }));
    }

    [Test]
    public void Shipped_vocabulary_is_copied_beside_the_binaries()
    {
        Assert.That(FacetVocabulary.LoadDefault().Countries, Has.Count.EqualTo(Shipped.Countries.Count));
    }

    [Test]
    public void Every_shipped_official_has_a_role_and_a_known_country_or_none()
    {
        var countries = Shipped.Countries.Select(c => c.Canonical).ToHashSet();
        Assert.That(Shipped.Officials, Has.All.Matches<VocabularyEntry>(o => o.Role is not null && (o.Country is null || countries.Contains(o.Country))));
    }

    [TestCase("Niyazov", "Saparmurat Türkmenbaşy")]
    [TestCase("Nijasow", "Turkmenbashi the Great")]
    [TestCase("Nur-Sultan", "Astana")]
    [TestCase("Astana", "Nur-Sultan")]
    public void SpellingsOf_a_name_include_its_former_names_and_titles(string phrase, string former)
    {
        Assert.That(Shipped.SpellingsOf(phrase), Does.Contain(former));
    }

    [Test]
    public void SpellingsOf_a_German_name_gives_every_spelling_with_the_canonical_first()
    {
        var spellings = Shipped.SpellingsOf("Kasachstan");
        Assert.That(spellings[0], Is.EqualTo("Kazakhstan"));
        Assert.That(spellings, Is.SupersetOf(new[] { "Kazakh", "Republic of Kazakhstan", "kasachisch", "Kasachen" }));
    }

    [TestCase("kazakhstan")]
    [TestCase("KASACHSTAN")]
    [TestCase("kasachischen")]
    [TestCase("Kasachstans")]
    public void SpellingsOf_ignores_case_and_accepts_inflected_forms(string phrase)
    {
        Assert.That(Shipped.SpellingsOf(phrase).FirstOrDefault(), Is.EqualTo("Kazakhstan"));
    }

    [Test]
    public void SpellingsOf_ignores_diacritics()
    {
        Assert.That(Shipped.SpellingsOf("Turkiye"), Does.Contain("Türkei"));
        Assert.That(Shipped.SpellingsOf("Tuerkei"), Is.Empty, "umlaut transcriptions are not guessed");
    }

    [Test]
    public void SpellingsOf_finds_formats_and_officials()
    {
        Assert.That(Shipped.SpellingsOf("SOZ"), Does.Contain("Shanghai Cooperation Organisation").And.Contain("SCO"));
        Assert.That(Shipped.SpellingsOf("Mirsijojew"), Does.Contain("Shavkat Mirziyoyev").And.Contain("Mirziyoev"));
    }

    [Test]
    public void SpellingsOf_an_unambiguous_surname_gives_the_official()
    {
        Assert.That(Shipped.SpellingsOf("Kulubaev")[0], Is.EqualTo("Jeenbek Kulubayev"));
        Assert.That(Shipped.SpellingsOf("Bakhtiyor Saidov")[0], Is.EqualTo("Bakhtiyor Saidov"));

        // The gazetteer knows another Saidov: the surname alone now stands for neither.
        Assert.That(Shipped.SpellingsOf("Saidov"), Is.Empty);
    }

    [Test]
    public void SpellingsOf_a_shared_surname_or_unknown_phrase_is_empty()
    {
        Assert.That(Shipped.SpellingsOf("Berdimuhamedov"), Is.Empty);
        Assert.That(Shipped.SpellingsOf("Atlantis"), Is.Empty);
        Assert.That(Shipped.SpellingsOf("  "), Is.Empty);
    }

    [Test]
    public void Resolve_gives_the_canonical_name_of_any_spelling()
    {
        Assert.That(Shipped.Resolve(FacetDimension.Official, "Dschaparow"), Is.Null, "Sadyr and Akylbek Japarov share the surname");
        Assert.That(Shipped.Resolve(FacetDimension.Official, "Sadyr Dschaparow"), Is.EqualTo("Sadyr Japarov"));
        Assert.That(Shipped.Resolve(FacetDimension.Country, "Vereinigte Staaten"), Is.EqualTo("United States"));
    }

    [TestCase(FacetDimension.Country, "Kasachstans", "Kazakhstan")]
    [TestCase(FacetDimension.Country, " kasachischen ", "Kazakhstan")]
    [TestCase(FacetDimension.Country, "Türkei", "Türkiye")]
    [TestCase(FacetDimension.Format, "SOZ", "SCO")]
    [TestCase(FacetDimension.Official, "Kulubaev", "Jeenbek Kulubayev")]
    [TestCase(FacetDimension.Year, "2024", "2024")]
    [TestCase(FacetDimension.Year, " 2021 ", "2021")]
    [TestCase(FacetDimension.Language, "Deutsch", "de")]
    [TestCase(FacetDimension.Language, "ENGLISH", "en")]
    [TestCase(FacetDimension.Language, "und", "und")]
    public void Resolve_gives_the_value_each_dimension_indexes(string dimension, string spelling, string canonical)
    {
        Assert.That(Shipped.Resolve(dimension, spelling), Is.EqualTo(canonical));
    }

    [TestCase(FacetDimension.Country, "Atlantis")]
    [TestCase(FacetDimension.Official, "Dschaparow")]
    [TestCase(FacetDimension.Year, "24")]
    [TestCase(FacetDimension.Year, "last")]
    [TestCase(FacetDimension.Language, "fr")]
    [TestCase(FacetDimension.Category, "Kazakhstan")]
    [TestCase("nonsense", "Kazakhstan")]
    public void Resolve_gives_null_for_a_value_the_dimension_does_not_know(string dimension, string spelling)
    {
        Assert.That(Shipped.Resolve(dimension, spelling), Is.Null);
    }
}
