using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using SearchPortal.Search.Json;

namespace SearchPortal.Web.Tests.Export;

public class ExportTests : CentralAsiaPortal
{
    private const string Query = "Uzbekistan";

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private async Task<int> TotalAsync(string query)
    {
        var (_, body) = await GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        return JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();
    }

    [TestCase("q=Gipfel")]
    [TestCase("q=Gipfel&translate=0")]
    [TestCase("q=Tokayev+giraffe")]
    [TestCase("q=Kyrgyz+railway+Kashgar+Andijan")]
    [TestCase("q=Uzbekistan+water+energy+summit+trade+security+investment+pipeline+railway+Caspian")]
    public async Task An_export_holds_the_articles_the_search_finds_for_the_same_parameters(string parameters)
    {
        var (_, json) = await GetAsync("/api/search?" + parameters);
        var (response, _) = await GetAsync("/export.csv?" + parameters);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues("X-Total-Count").Single(),
            Is.EqualTo(JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Csv_export_holds_every_hit_with_real_titles_quoted_as_written()
    {
        var total = await TotalAsync(Query);
        Assert.That(total, Is.GreaterThan(100), "more hits than the largest API page");

        var (response, body) = await GetAsync("/export.csv?q=" + Query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        var rows = CsvReading.Rows(body);
        Assert.That(rows[0], Is.EqualTo(ExportRecord.Columns));
        var hits = rows.Skip(1).ToList();
        Assert.That(hits, Has.Count.EqualTo(total));
        Assert.That(hits.Select(r => r.Count), Is.All.EqualTo(ExportRecord.Columns.Count));
        Assert.That(hits.Select(r => r[0]).Distinct().Count(), Is.EqualTo(total), "no hit twice");
        var withPunctuation = hits.Where(r => r[1].Contains(',') || r[1].Contains('"')).ToList();
        Assert.That(withPunctuation, Is.Not.Empty, "the query finds titles with commas or quotes");
        foreach (var row in hits)
        {
            var record = Records[row[0]];
            Assert.That(row[1], Is.EqualTo(record.GetProperty("title").GetString()), row[0]);
            Assert.That(row[5], Is.EqualTo(record.GetProperty("url").GetString() ?? ""), row[0]);
            Assert.That(row[2], Is.EqualTo(record.GetProperty("date").GetString()), row[0]);
        }
    }

    [Test]
    public async Task Json_lines_export_is_one_valid_object_a_line_for_every_hit_with_about_and_mentioned_values()
    {
        var total = await TotalAsync(Query);

        var (response, body) = await GetAsync("/export.jsonl?q=" + Query + "&sort=oldest");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues("X-Total-Count").Single(), Is.EqualTo(total.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(total));
        var objects = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var dates = objects.Select(o => o.GetProperty("date").GetString()!).ToList();
        Assert.That(dates, Is.Ordered.Ascending, "sort=oldest is honoured");
        foreach (var hit in objects)
        {
            Assert.That(hit.GetProperty("title").GetString(), Is.EqualTo(Records[hit.GetProperty("id").GetString()!].GetProperty("title").GetString()));
            var about = hit.GetProperty("facets").GetProperty("country").EnumerateArray().Select(e => e.GetString()).ToList();
            var mentioned = hit.GetProperty("mentions").GetProperty("country").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.That(about.Intersect(mentioned), Is.Empty, "a value is either about the article or only mentioned");
        }

        Assert.That(objects.Any(o => o.GetProperty("mentions").GetProperty("country").GetArrayLength() > 0), Is.True, "some article only mentions a country");
        Assert.That(objects.Select(o => o.GetProperty("facets").GetProperty("country").EnumerateArray().Select(e => e.GetString())), Has.Some.Contains("Uzbekistan"));
    }

    [Test]
    public async Task Atom_feed_is_valid_xml_with_the_newest_entries_first()
    {
        var (response, body) = await GetAsync("/feed.atom?q=" + Query + "&sort=oldest&page=3");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/atom+xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(body).Root!;
        Assert.That(feed.Name, Is.EqualTo(atom + "feed"));
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.That(entries, Has.Count.EqualTo(50));
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(updated, Is.Ordered.Descending);
        var newest = Records.Values.Where(r => r.GetProperty("title").GetString()!.Contains(Query, StringComparison.Ordinal) || r.GetProperty("text").GetString()!.Contains(Query, StringComparison.Ordinal))
            .Max(r => r.GetProperty("date").GetString());
        Assert.That(updated[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(newest));
        Assert.That(entries.Select(e => e.Element(atom + "link")!.Attribute("href")!.Value), Is.All.StartWith("http://localhost/articles/"));
        Assert.That(feed.Element(atom + "updated")!.Value, Is.EqualTo(entries[0].Element(atom + "updated")!.Value));
    }

    [TestCase("/export.csv?size=500", "size")]
    [TestCase("/export.jsonl?year=soon", "year")]
    [TestCase("/feed.atom?sort=best", "sort")]
    [TestCase("/export.csv?mentions=perhaps", "mentions")]
    public async Task A_bad_parameter_of_an_export_is_a_400_problem_naming_it(string url, string parameter)
    {
        var (response, body) = await GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("parameter").GetString(), Is.EqualTo(parameter));
    }

    [TestCase("/export.csv?q=%22unbalanced")]
    [TestCase("/export.jsonl?q=(((")]
    [TestCase("/feed.atom?q=*")]
    [TestCase("/export.csv?q=nosuchwordanywhere")]
    public async Task Odd_queries_export_without_an_error(string url)
    {
        var (response, _) = await GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_results_page_links_its_exports_and_announces_its_feed()
    {
        var (_, html) = await GetAsync("/?q=" + Query + "&country=Uzbekistan&page=2&size=20");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var feed = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.That(feed?.GetAttribute("href"), Is.EqualTo("/feed.atom?q=Uzbekistan&country=Uzbekistan"));
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(links, Does.Contain("/export.csv?q=Uzbekistan&country=Uzbekistan"));
        Assert.That(links, Does.Contain("/export.jsonl?q=Uzbekistan&country=Uzbekistan"));
        var (response, body) = await GetAsync("/export.csv?q=Uzbekistan&country=Uzbekistan");
        Assert.That(CsvReading.Rows(body).Count - 1, Is.EqualTo(int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
