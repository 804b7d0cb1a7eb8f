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
    public void A_summit_and_meetings_the_President_briefed_the_Security_Council_on_make_no_subject()
    {
        // kremlin-en-62314: en.kremlin.ru tags none of France, Ukraine, Germany.
        var facets = FacetTestArticles.Extract(
            "Vladimir Putin held a briefing session with permanent members of the Security Council. The meeting began with a minute of silence in honour of former Moscow Mayor Yury Luzhkov.\n\n"
            + "The President briefed the participants on the Normandy formant summit in Paris and on bilateral meetings with President of France Emmanuel Macron, President of Ukraine Vladimir Zelensky and Federal Chancellor of Germany Angela Merkel.",
            title: "Meeting with permanent members of Security Council");
        Assert.That(facets.Countries.Where(v => v.IsAbout).Select(v => v.Value), Has.None.AnyOf("France", "Ukraine", "Germany"));
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
