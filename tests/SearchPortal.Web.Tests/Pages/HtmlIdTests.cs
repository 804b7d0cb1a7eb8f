using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// The HTML ids of a results page over articles whose ids hold slashes, spaces and signs (White House paths): every id
/// valid and unique, every reference (aria-labelledby, aria-describedby, label for) naming an id of the page.
/// </summary>
public sealed class HtmlIdTests
{
    private static readonly HtmlParser Parser = new();
    private AwkwardIdCorpus corpus = null!;
    private PortalFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartPortal()
    {
        corpus = new AwkwardIdCorpus();
        factory = new PortalFactory { SampleCorpus = corpus.Folder };
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopPortal()
    {
        client.Dispose();
        factory.Dispose();
        corpus.Dispose();
    }

    private const string ValidId = @"^[A-Za-z][\w-]*$";

    [TestCase("/?size=20")]
    [TestCase("/?q=Samarkand")]
    [TestCase("/?q=foreign+ministers&country=Kasachstan&sort=oldest")]
    public async Task Every_id_on_a_results_page_is_valid_and_unique_and_every_reference_names_one(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelectorAll("ol.hits > li.hit"), Is.Not.Empty, url);

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.That(ids, Is.Unique, url);
        Assert.That(ids, Has.All.Match(ValidId), url);

        foreach (var (attribute, reference) in References(page))
        {
            Assert.That(ids, Does.Contain(reference), $"{attribute}=\"{reference}\" on {url}");
        }
    }

    [Test]
    public async Task Each_hit_is_labelled_by_its_own_title()
    {
        using var response = await client.GetAsync("/?size=20");
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        var hits = page.QuerySelectorAll("ol.hits > li.hit article").ToList();
        Assert.That(hits, Has.Count.EqualTo(AwkwardIdCorpus.Ids.Count));
        foreach (var hit in hits)
        {
            var title = page.GetElementById(hit.GetAttribute("aria-labelledby")!);
            Assert.That(title, Is.SameAs(hit.QuerySelector(".hit__title")));
        }
    }

    private static IEnumerable<(string Attribute, string Reference)> References(IHtmlDocument page)
    {
        foreach (var attribute in new[] { "aria-labelledby", "aria-describedby", "for" })
        {
            foreach (var element in page.QuerySelectorAll($"[{attribute}]"))
            {
                foreach (var reference in element.GetAttribute(attribute)!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return (attribute, reference);
                }
            }
        }
    }
}
