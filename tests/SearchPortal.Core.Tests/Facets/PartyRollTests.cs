using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// Each ambassador presenting credentials and each leader who telephoned is a party of their own ceremony or call, so
/// their countries are subjects however many the sentence names.
/// </summary>
public class PartyRollTests
{
    private static string[] About(IReadOnlyList<FacetValue> values) => [.. values.Where(v => v.IsAbout).Select(v => v.Value)];

    [Test]
    public void A_credentials_ceremony_is_about_the_countries_of_the_ambassadors()
    {
        // kremlin-en-27444: en.kremlin.ru tags all seven countries.
        var facets = FacetTestArticles.Extract(
            "Russia is a reliable partner for countries that are striving to establish a truly democratic system of international relations and are realising their responsibility for the common future, the Russian President said at the ceremony of the presentation of credentials by the ambassadors of Albania, Bangladesh, Egypt, Iraq, Lithuania, Poland and Germany.\n\n"
            + "The globalisation epoch poses new challenges and threats making people look at the problems facing mankind in a new way.",
            title: "President Vladimir Putin accepted credentials from ambassadors of some foreign countries");
        Assert.That(About(facets.Countries), Is.SupersetOf(new[] { "Albania", "Bangladesh", "Egypt", "Iraq", "Lithuania", "Poland", "Germany" }));
    }

    [Test]
    public void Leaders_who_telephoned_greetings_are_each_a_party_of_a_call()
    {
        // kremlin-en-55790: en.kremlin.ru tags the countries of the callers.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin is receiving numerous messages with birthday greetings from heads of state and government and heads of international organisations.\n\n"
            + "A number of leaders telephoned the President of Russia to convey their birthday greetings, in particular, President of the Republic of Armenia Serzh Sargsyan, President of the Republic of Azerbaijan Ilham Aliyev, President of the Republic of Belarus Alexander Lukashenko, President of Finland Sauli Niinisto, President of the Republic of Kazakhstan Nursultan Nazarbayev, President of the Kyrgyz Republic Almazbek Atambayev, President of Mongolia Khaltmaagiin Battulga, President of the Republic of Serbia Aleksandar Vucic, President of the Republic of Uzbekistan Shavkat Mirziyoyev, and President of the International Olympic Committee Thomas Bach.",
            title: "Birthday greetings to Vladimir Putin");
        Assert.That(About(facets.Countries), Is.SupersetOf(new[] { "Armenia", "Azerbaijan", "Belarus", "Finland", "Kazakhstan", "Kyrgyzstan", "Mongolia", "Serbia", "Uzbekistan" }));
    }

    [Test]
    public void Professional_credentials_are_no_ceremony()
    {
        // whitehouse.gov, "Bills Signed" of 2022-10-17.
        var facets = FacetTestArticles.Extract(
            "On Monday, October 17, 2022, the President signed into law:\n\n"
            + "S. 169, the “Artistic Recognition for Talented Students Act,” which requires the Register of Copyrights to waive application fees for the registration of a copyright claim for winners of certain student competitions;\n\n"
            + "Thank you to Senators Tillis and Leahy, Representatives Jeffries and Mace, and many others for their leadership.\n\n"
            + "S. 3157, the “Bridging the Gap for New Americans Act,” which requires a study on the factors affecting employment opportunities in the U.S. for immigrants and refugees with professional credentials obtained in another country;",
            title: "Bills Signed: S. 169, S. 442, S. 516");
        Assert.That(About(facets.Countries), Does.Not.Contain("United States"));
    }
}
