namespace SearchPortal.Core.Tests.Facets;

/// <summary>A report that places a visit or summit in a capital or summit city is about that city's country.</summary>
public class HostCityTests
{
    [Test]
    public void Arrival_in_a_capital_is_about_its_country()
    {
        // kremlin-en-54290.
        var facets = FacetTestArticles.Extract(
            "The President of Russia will take part in a meeting of the Supreme Eurasian Economic Council and an informal meeting of the CSTO member countries’ heads of state.",
            title: "Vladimir Putin arrived in Bishkek");
        Assert.That(facets.Countries.Where(v => v.IsAbout).Select(v => v.Value), Does.Contain("Kyrgyzstan"));
        Assert.That(facets.Countries.Single(v => v.Value == "Kyrgyzstan").Evidence[0], Does.Contain("Bishkek"));
    }

    [Test]
    public void A_summit_city_in_the_first_sentence_is_about_its_country()
    {
        // kremlin-en-52824.
        var facets = FacetTestArticles.Extract(
            "The 11th G20 Summit has begun at the International Exhibition Centre in Hangzhou.\n\nPresident Vladimir Putin took part in the first meeting.",
            title: "G20 Summit");
        Assert.That(facets.Countries.Where(v => v.IsAbout).Select(v => v.Value), Does.Contain("China"));
    }

    [TestCase("The parties reaffirmed their commitment to the Paris Agreement on climate.", "France")]
    [TestCase("He recalled his earlier talks.\n\nLater the delegation travelled on to Berlin.", "Germany")]
    [TestCase("Ein kasachischer Diplomat sprach in Berlin.", "Germany")]
    public void A_city_in_a_name_or_beyond_the_first_sentence_is_no_host(string text, string country)
    {
        Assert.That(FacetTestArticles.Countries(text), Does.Not.Contain(country));
    }
}
