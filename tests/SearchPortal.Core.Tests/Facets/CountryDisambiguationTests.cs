using static SearchPortal.Core.Tests.Facets.FacetTestArticles;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>Places, institutions, people and things that contain a country's name, quoted from the shared corpora.</summary>
public class CountryDisambiguationTests
{
    [TestCase("Tracy earned a Bachelor’s degree in Soviet Studies from the University of Georgia and a Juris Doctor degree from the University of Akron.")]
    [TestCase("Calvin Smyre has served for 47 years as an elected Representative in the Georgia State Assembly.")]
    [TestCase("Remarks by Vice President Harris at a Campaign Event Atlanta, GA Georgia State Convocation Center.")]
    [TestCase("He most recently served two terms as United States Senator from New Mexico (2009-2021).")]
    public void An_institution_or_state_named_after_Georgia_or_Mexico_is_not_the_country(string text)
    {
        Assert.That(Countries(text), Does.Not.Contain("Georgia").And.Not.Contain("Mexico"));
    }

    [TestCase("The cost of Thanksgiving turkeys was down by 33% compared to the Biden-era high.")]
    [TestCase("Under President Trump, the price of a Thanksgiving turkey this year was down nearly one-third compared to its Biden-era high.")]
    [TestCase("But will the President be pardoning turkeys this year?")]
    public void Turkey_the_bird_is_not_Turkiye(string text)
    {
        Assert.That(Countries(text), Does.Not.Contain("Türkiye"));
    }

    [Test]
    public void Turkey_the_country_still_counts()
    {
        Assert.That(Countries("Turkey hosted the summit."), Is.EqualTo(new[] { "Türkiye" }));
    }

    [Test]
    public void Michael_Jordan_is_not_Jordan_and_Chad_after_of_is_Chad()
    {
        Assert.That(Countries("Not to mention an up-and-coming athlete who’d just finished his last college season: Michael Jordan."), Does.Not.Contain("Jordan"));
        Assert.That(
            Countries("Many other components, as I could see during a meeting with President of Chad Idriss Deby."),
            Is.EqualTo(new[] { "Chad" }));
    }

    [Test]
    public void Guinea_Bissau_Papua_New_Guinea_and_Equatorial_Guinea_are_not_Guinea()
    {
        Assert.That(Countries("Those two countries are Guinea-Bissau and Malaysia."), Is.EqualTo(new[] { "Guinea-Bissau", "Malaysia" }));
        Assert.That(Countries("They include Belarus, Burundi, Lesotho, and Papua New Guinea."), Does.Contain("Papua New Guinea").And.Not.Contain("Guinea"));
        Assert.That(
            Countries("Riggs Bank pleaded guilty to failing to report suspicious activity relating to accounts held by Gen Pinochet and the government of Equatorial Guinea."),
            Does.Contain("Equatorial Guinea").And.Not.Contain("Guinea"));
        Assert.That(Countries("A guinea pig was the first animal tested."), Is.Empty);
    }

    [Test]
    public void Niger_and_Nigeria_and_Dominica_and_the_Dominican_Republic_stay_apart()
    {
        Assert.That(
            Countries("The Nigeria-based group is responsible for numerous attacks as well as in the Lake Chad Basin in Cameroon, Chad, and Niger."),
            Does.Contain("Nigeria").And.Contain("Niger"));
        Assert.That(
            Countries("Calvin Smyre, Nominee for Ambassador Extraordinary and Plenipotentiary to the Dominican Republic."),
            Is.EqualTo(new[] { "Dominican Republic" }));
    }

    [Test]
    public void German_lower_case_adjectives_still_count_beside_capitalised_nouns()
    {
        Assert.That(Countries("Die deutsche Regierung und die Deutschen stimmten zu."), Is.EqualTo(new[] { "Germany" }));
    }
}
