using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Api;

/// <summary>/api/facets/{dimension}?prefix= and the facet filter box without script, on a portal over the Central Asia corpus.</summary>
public sealed class FacetValuesApiTests
{
    private PortalFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        var corpus = Path.GetDirectoryName(RepositoryLocator.SharedCorpus("centralasia_en"))!;
        factory = new PortalFactory { SampleCorpus = corpus };
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client?.Dispose();
        factory?.Dispose();
    }

    private async Task<List<(string Value, int Count)>> ValuesAsync(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())).ToList();
    }

    [Test]
    public async Task Mongol_finds_Mongolia_among_all_values_with_its_count()
    {
        var found = await ValuesAsync("/api/facets/country?prefix=Mongol&mentions=1");

        Assert.That(found.Select(v => v.Value), Does.Contain("Mongolia"));
        Assert.That(found.Single(v => v.Value == "Mongolia").Count, Is.GreaterThan(0));
    }

    [Test]
    public async Task German_spellings_find_the_canonical_value()
    {
        Assert.That((await ValuesAsync("/api/facets/country?prefix=Kasach")).Select(v => v.Value), Does.Contain("Kazakhstan"));
        Assert.That((await ValuesAsync("/api/facets/lang?prefix=Engl")).Select(v => v.Value), Is.EqualTo(new[] { "en" }));
    }

    [Test]
    public async Task A_prefix_nothing_has_answers_an_empty_list()
    {
        Assert.That(await ValuesAsync("/api/facets/country?prefix=Qqzx"), Is.Empty);
    }

    [Test]
    public async Task An_unknown_dimension_is_a_404_problem()
    {
        using var response = await client.GetAsync("/api/facets/colour?prefix=re");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("colour"));
    }

    [Test]
    public async Task An_over_long_prefix_is_a_400_problem_naming_the_parameter()
    {
        using var response = await client.GetAsync("/api/facets/country?prefix=" + new string('a', 101));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("parameter").GetString(), Is.EqualTo("prefix"));
    }

    [Test]
    public async Task Without_script_the_filter_box_is_a_form_whose_answer_lists_the_matches()
    {
        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/?mentions=1"));
        var form = home.QuerySelector("section[data-facet='country'] form[data-facet-search]")!;
        Assert.That(form.GetAttribute("method"), Is.EqualTo("get"));
        Assert.That(form.QuerySelector("input[name=facet]")!.GetAttribute("value"), Is.EqualTo("country"));
        Assert.That(form.QuerySelector("input[name=mentions]")!.GetAttribute("value"), Is.EqualTo("1"));

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/?mentions=1&facet=country&prefix=Mongol"));

        var matches = page.QuerySelectorAll("section[data-facet='country'] [data-facet-matches] li.facet-value").ToList();
        var mongolia = matches.Single(li => li.GetAttribute("data-value") == "Mongolia");
        Assert.That(mongolia.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("/?country=Mongolia&mentions=1"));
        Assert.That(page.QuerySelector("#filter-country")!.GetAttribute("value"), Is.EqualTo("Mongol"));
    }

    [Test]
    public async Task Without_script_a_search_finding_no_value_says_so()
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/?facet=country&prefix=Qqzx"));

        Assert.That(page.QuerySelector("section[data-facet='country'] .facet__no-match")!.TextContent.Trim(), Is.EqualTo("No value matches"));
    }

    [Test]
    public async Task The_page_refuses_an_unknown_facet_by_name()
    {
        using var response = await client.GetAsync("/?facet=colour&prefix=re");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector(".message--error strong")!.TextContent, Is.EqualTo("facet"));
    }
}
