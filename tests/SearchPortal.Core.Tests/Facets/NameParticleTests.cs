namespace SearchPortal.Core.Tests.Facets;

/// <summary>Gazetteer names with lower-case particles or hyphenated parts are found as written in running text.</summary>
public class NameParticleTests
{
    [Test]
    public void Assad_is_found_with_his_lower_case_article_and_is_about_the_call()
    {
        // kremlin-en-51378.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin had a telephone conversation with President of the Syrian Arab Republic Bashar al-Assad.\n\n"
            + "Mr al-Assad assessed the proposals contained in the statement as an important step towards political settlement.",
            title: "Telephone conversation with President of Syria Bashar al-Assad");
        Assert.That(facets.Officials.Where(v => v.IsAbout).Select(v => v.Value), Does.Contain("Bashar al-Assad"));
        Assert.That(facets.Countries.Where(v => v.IsAbout).Select(v => v.Value), Does.Contain("Syria"));
    }

    [TestCase("Vladimir Putin had a telephone conversation with President of the Republic of Korea Moon Jae-in at the initiative of the South Korean side.", "Moon Jae-in")]
    [TestCase("NATO Secretary General Jaap de Hoop Scheffer said the alliance would keep its commitments.", "Jaap de Hoop Scheffer")]
    [TestCase("Commission President Ursula von der Leyen said the Union would keep its commitments.", "Ursula von der Leyen")]
    public void Name_with_lower_case_particles_is_one_official(string text, string name)
    {
        Assert.That(FacetTestArticles.Officials(text), Does.Contain(name));
    }
}
