using SearchPortal.Search.Searching;
using System.Net;
using System.Text.Json;
using SearchPortal.Web.Searching;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Searching;

public class PortalSearchTests : PortalFixture
{
    private static readonly string[] TokayevArticles = [SampleArticles.TokayevXiCall, SampleArticles.ConsultativeMeeting];

    private async Task<JsonElement> SearchJsonAsync(string query)
    {
        using var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), query);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string> Ids(JsonElement json) => json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();

    private static string? Notice(JsonElement json) => json.TryGetProperty("notice", out var notice) ? notice.GetString() : null;

    [Test]
    public async Task Every_word_is_required_by_default()
    {
        var all = await SearchJsonAsync("Central Asia cooperation");
        var asia = await SearchJsonAsync("Asia");
        var cooperation = await SearchJsonAsync("cooperation");

        Assert.That(Ids(all), Has.Count.GreaterThanOrEqualTo(ArticleSearcher.WidenBelow));
        Assert.That(Ids(all), Is.SubsetOf(Ids(asia).Intersect(Ids(cooperation))));
        Assert.That((all.GetProperty("matched").GetString(), Notice(all)), Is.EqualTo(("all", (string?)null)));
    }

    [Test]
    public async Task Articles_with_every_word_come_first_and_when_fewer_than_three_articles_with_some_follow()
    {
        var xi = await SearchJsonAsync("Xi");
        var both = await SearchJsonAsync("Tokayev Xi");

        Assert.That(Ids(xi), Does.Not.Contain(SampleArticles.ConsultativeMeeting), "the consultative meeting does not mention Xi");
        Assert.That(Ids(both).First(), Is.EqualTo(SampleArticles.TokayevXiCall));
        Assert.That(Ids(both), Is.SupersetOf(TokayevArticles).And.SupersetOf(Ids(xi)));
        Assert.That(Notice(both), Is.EqualTo("Few articles have all of these words (1); articles with some of them follow."));
    }

    [Test]
    public async Task Explicit_OR_still_finds_articles_with_either_word()
    {
        var either = await SearchJsonAsync("Tokayev OR Blinken");

        Assert.That(Ids(either), Is.EquivalentTo(TokayevArticles.Append(SampleArticles.BlinkenC5Plus1)));
        Assert.That(Notice(either), Is.Null);
    }

    [Test]
    public async Task When_no_article_has_every_word_the_articles_with_any_of_them_are_shown_with_a_notice()
    {
        var json = await SearchJsonAsync("Tokayev Blinken");

        Assert.That(Ids(json), Is.EquivalentTo(TokayevArticles.Append(SampleArticles.BlinkenC5Plus1)));
        Assert.That(Notice(json), Is.EqualTo(ArticleSearcher.AnyWordNotice));

        var page = await PageAsync("/?q=Tokayev+Blinken");
        Assert.That(Text(page.QuerySelector("p.notice")), Is.EqualTo(ArticleSearcher.AnyWordNotice));
        Assert.That(page.QuerySelectorAll("ol.hits > li.hit"), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_search_none_of_whose_words_occur_finds_nothing_and_does_not_claim_to_have_widened()
    {
        var json = await SearchJsonAsync("zzqxw qqvvk");

        Assert.That(json.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(Notice(json), Is.Null);
        var page = await PageAsync("/?q=zzqxw+qqvvk");
        Assert.That(page.QuerySelector("p.notice"), Is.Null);
    }
}
