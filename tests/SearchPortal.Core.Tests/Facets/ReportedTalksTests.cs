namespace SearchPortal.Core.Tests.Facets;

/// <summary>Talks held elsewhere and relayed to a meeting do not make their states subjects of the meeting.</summary>
public class ReportedTalksTests
{
    [Test]
    public void States_of_talks_relayed_to_a_Security_Council_meeting_are_only_mentioned()
    {
        // kremlin-en-51582.
        var facets = FacetTestArticles.Extract(
            "Mr Putin informed the meeting participants on the results of his recent contacts with US Secretary of State John Kerry and German Foreign Minister Frank-Walter Steinmeier.",
            title: "Meeting with permanent members of the Security Council");
        var about = facets.Countries.Where(v => v.IsAbout).Select(v => v.Value);
        Assert.That(about, Does.Not.Contain("United States").And.Not.Contain("Germany"));
        Assert.That(facets.Countries.Select(v => v.Value), Does.Contain("Germany"), "still a mention");
    }

    [Test]
    public void A_title_naming_the_results_of_talks_keeps_its_states()
    {
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin spoke to the press after the talks.",
            title: "Press statements on the results of Russian-Turkish talks with President of Turkey Recep Tayyip Erdogan");
        Assert.That(facets.Countries.Where(v => v.IsAbout).Select(v => v.Value), Does.Contain("Türkiye"));
    }
}
