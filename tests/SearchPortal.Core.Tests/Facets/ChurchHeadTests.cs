namespace SearchPortal.Core.Tests.Facets;

/// <summary>A patriarch or pope is known by one name and a regnal number: the title and that name are one official.</summary>
public class ChurchHeadTests
{
    [Test]
    public void Patriarch_Kirill_is_about_the_meeting_he_attends()
    {
        // kremlin-en-17408.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin congratulated Patriarch Kirill of Moscow and All Russia on the anniversary of his enthronement.",
            title: "Meeting with Patriarch Kirill of Moscow and All Russia");
        Assert.That(facets.Officials.Where(v => v.IsAbout).Select(v => v.Value), Does.Contain("Patriarch Kirill"));
    }

    [TestCase("The President met with Patriarch Alexy II of Moscow and All Russia.", "Patriarch Alexy II")]
    [TestCase("The President had a telephone conversation with Pope Francis.", "Pope Francis")]
    public void Church_head_keeps_his_title_and_regnal_number(string text, string name)
    {
        Assert.That(FacetTestArticles.Officials(text), Does.Contain(name));
    }

    [Test]
    public void A_patriarch_followed_by_a_surname_is_no_one_name_official()
    {
        Assert.That(FacetTestArticles.Officials("Patriarch Kirill Gundyaev spoke."), Does.Not.Contain("Patriarch Kirill"));
    }
}
