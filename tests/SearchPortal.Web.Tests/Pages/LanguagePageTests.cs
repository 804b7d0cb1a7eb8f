using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The interface in English and German: chosen by Accept-Language, switched by ?ui=, remembered in a cookie.</summary>
public class LanguagePageTests : PortalFixture
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A client of its own per test, since a cookie from one test must not choose the language of another.</summary>
    private HttpClient NewClient(bool cookies = true) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(HttpClient client, string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var response = await client.SendAsync(request);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task Without_a_choice_the_page_is_english()
    {
        using var client = NewClient();
        var (response, page) = await GetAsync(client, "/?q=Kazakhstan");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(Text(page.QuerySelector("label[for=q]")), Is.EqualTo("Search the archive"));
        Assert.That(page.QuerySelector("a.language-switch")!.TextContent.Trim(), Is.EqualTo("Deutsch"));
        Assert.That(page.QuerySelector("a.language-switch")!.GetAttribute("lang"), Is.EqualTo("de"));
    }

    [Test]
    public async Task Accept_Language_de_gives_a_german_page_with_german_labels_dates_and_facet_names()
    {
        using var client = NewClient();
        var (_, page) = await GetAsync(client, "/?q=Kazakhstan", "de-DE,de;q=0.9,en;q=0.5");

        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
        Assert.That(Text(page.QuerySelector("label[for=q]")), Is.EqualTo("Das Archiv durchsuchen"));
        Assert.That(Text(page.QuerySelector(".facets__title")), Is.EqualTo("Eingrenzen"));
        Assert.That(Text(page.QuerySelector("#facet-country")), Is.EqualTo("Land"));
        Assert.That(Text(page.QuerySelector("#results-title")), Does.Match(@"^\d+ Artikel$"));

        var countries = page.QuerySelectorAll("section[data-facet=country] .facet-value__name").Select(Text).ToList();
        Assert.That(countries, Does.Contain("Kasachstan"));
        Assert.That(countries, Does.Not.Contain("Kazakhstan"));

        // The link behind the German name still carries the canonical value.
        var kasachstan = page.QuerySelectorAll("section[data-facet=country] li.facet-value").Single(li => li.GetAttribute("data-value") == "Kasachstan");
        Assert.That(kasachstan.QuerySelector("a")!.GetAttribute("href"), Does.Contain("country=Kazakhstan"));

        var dates = page.QuerySelectorAll(".hit__meta time").Select(Text).ToList();
        Assert.That(dates, Does.Contain("30. März 2024"));
        Assert.That(page.QuerySelectorAll(".hit__ago").Select(Text), Has.Some.Match(@"^\(vor \d+ (Monaten|Jahren|Monat|Jahr)\)$"));
        Assert.That(page.QuerySelector("a.language-switch")!.TextContent.Trim(), Is.EqualTo("English"));
    }

    [Test]
    public async Task An_english_article_in_the_german_interface_carries_lang_en_on_title_and_snippet()
    {
        using var client = NewClient();
        var (_, page) = await GetAsync(client, "/?q=Tokayev&ui=de");
        var hits = page.QuerySelectorAll("li.hit").ToList();
        Assert.That(hits, Is.Not.Empty);
        foreach (var hit in hits)
        {
            var language = Text(hit.QuerySelector(".hit__lang"));
            var expected = language switch { "Englisch" => "en", "Deutsch" => null, _ => throw new AssertionException("language " + language) };
            Assert.That(hit.QuerySelector(".hit__title")!.GetAttribute("lang"), Is.EqualTo(expected), Text(hit.QuerySelector(".hit__title")));
            if (hit.QuerySelector(".hit__snippets") is { } snippets)
            {
                Assert.That(snippets.GetAttribute("lang"), Is.EqualTo(expected));
            }
        }

        Assert.That(hits.Select(hit => hit.QuerySelector(".hit__title")!.GetAttribute("lang")), Does.Contain("en"));
    }

    [Test]
    public async Task A_german_article_in_the_english_interface_carries_lang_de_and_english_ones_none()
    {
        using var client = NewClient();
        var (_, page) = await GetAsync(client, "/articles/" + SampleArticles.AlmatyGerman);
        Assert.That(page.QuerySelector("#article-title")!.GetAttribute("lang"), Is.EqualTo("de"));
        Assert.That(page.QuerySelector(".article__text")!.GetAttribute("lang"), Is.EqualTo("de"));
        Assert.That(Text(page.QuerySelector(".article__meta dt")), Is.EqualTo("Date"));

        (_, page) = await GetAsync(client, "/articles/" + SampleArticles.TokayevXiCall);
        Assert.That(page.QuerySelector("#article-title")!.HasAttribute("lang"), Is.False);
        Assert.That(Text(page.QuerySelector(".article__meta time")), Is.EqualTo("2 June 2021"));
    }

    [Test]
    public async Task The_article_page_in_german_names_dates_labels_and_facet_values_in_german()
    {
        using var client = NewClient();
        var (_, page) = await GetAsync(client, "/articles/" + SampleArticles.TokayevXiCall, "de");
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
        Assert.That(Text(page.QuerySelector(".article__meta dt")), Is.EqualTo("Datum"));
        Assert.That(Text(page.QuerySelector(".article__meta time")), Is.EqualTo("2. Juni 2021"));
        Assert.That(Text(page.QuerySelector(".article__ago")), Is.EqualTo("(vor 3 Jahren)"));
        Assert.That(page.QuerySelector("#article-title")!.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(page.QuerySelectorAll(".evidence__value").Select(Text), Does.Contain("Kasachstan"));
    }

    [Test]
    public async Task The_ui_parameter_switches_the_language_and_the_cookie_keeps_it()
    {
        using var client = NewClient();
        var (response, page) = await GetAsync(client, "/?ui=de", "en");
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"), "the URL wins over Accept-Language");
        Assert.That(response.Headers.GetValues("Set-Cookie").Single(), Does.StartWith(".AspNetCore.Culture=c%3Dde%7Cuic%3Dde"));

        (_, page) = await GetAsync(client, "/?q=China", "en");
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"), "the cookie wins over Accept-Language");
        Assert.That(Text(page.QuerySelector("label[for=q]")), Is.EqualTo("Das Archiv durchsuchen"));

        (_, page) = await GetAsync(client, "/?ui=en", "de");
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        (_, page) = await GetAsync(client, "/", "de");
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"), "switching back is remembered too");
    }

    [Test]
    public async Task The_language_switch_keeps_the_search_and_its_filters()
    {
        using var client = NewClient(cookies: false);
        var (_, page) = await GetAsync(client, "/?q=Kazakhstan&country=Kazakhstan&sort=newest");
        var href = page.QuerySelector("a.language-switch")!.GetAttribute("href")!;
        Assert.That(href, Is.EqualTo("/?q=Kazakhstan&country=Kazakhstan&sort=newest&ui=de"));

        (_, page) = await GetAsync(client, href);
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
        Assert.That(page.QuerySelectorAll(".chips a.chip").Select(Text), Has.Some.Contains("Land:").And.Some.Contains("Kasachstan"));
        Assert.That(page.QuerySelector("a.language-switch")!.GetAttribute("href"), Is.EqualTo("/?q=Kazakhstan&country=Kazakhstan&sort=newest&ui=en"));
    }

    [Test]
    public async Task The_404_page_speaks_german_and_its_switch_links_the_address_asked_for()
    {
        using var client = NewClient(cookies: false);
        var (response, page) = await GetAsync(client, "/no-such-page?x=1", "de");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
        Assert.That(Text(page.QuerySelector("#status-title")), Is.EqualTo("Diese Seite ist nicht im Archiv"));
        Assert.That(Text(page.QuerySelector(".message__code")), Is.EqualTo("Fehler 404"));
        Assert.That(page.QuerySelector("a.language-switch")!.GetAttribute("href"), Is.EqualTo("/no-such-page?x=1&ui=en"));
    }

    [Test]
    public async Task The_engine_notice_is_translated_in_the_german_interface()
    {
        using var client = NewClient(cookies: false);
        var (_, page) = await GetAsync(client, "/?q=Tokayev+Blinken&ui=de");
        Assert.That(Text(page.QuerySelector(".notice")), Is.EqualTo("Kein Artikel enthält alle diese Wörter; gezeigt werden Artikel mit mindestens einem davon."));

        (_, page) = await GetAsync(client, "/?q=Tokayev+Blinken");
        Assert.That(Text(page.QuerySelector(".notice")), Is.EqualTo("No article has all of these words; showing articles with any of them."));
    }

    [Test]
    public async Task A_notice_with_values_is_translated_with_them_and_an_unknown_one_stays_english_marked_as_such()
    {
        using var client = NewClient(cookies: false);
        var (_, page) = await GetAsync(client, "/?q=%22Tokayev&ui=de");
        Assert.That(Text(page.QuerySelector(".notice")), Does.Contain("Ein schließendes Anführungszeichen fehlte"));

        (_, page) = await GetAsync(client, "/?q=kaz*akh&ui=de");
        Assert.That(Text(page.QuerySelector(".notice")), Does.Contain("Platzhalter wirken nur am Ende eines Wortes (wie kasach*), daher wurde „kaz*akh“ als „kazakh“ gesucht."));
    }

    [Test]
    public async Task The_article_api_answers_a_missing_article_in_the_requested_language()
    {
        using var client = NewClient(cookies: false);
        var (response, _) = await GetAsync(client, "/api/articles/nothing-here", "de");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("\"title\":\"Artikel nicht gefunden\""));

        (response, _) = await GetAsync(client, "/api/articles/nothing-here");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"title\":\"Article not found\""));
    }

    [Test]
    public async Task The_drawer_skip_link_timeline_form_and_card_labels_read_german_in_the_german_ui()
    {
        using var client = NewClient(cookies: false);
        var (_, page) = await GetAsync(client, "/?country=Kazakhstan&ui=de");

        Assert.That(Text(page.QuerySelector("a[data-skip-filters]")), Is.EqualTo("Zu den Filtern springen"));
        Assert.That(Text(page.QuerySelector("details#filters > summary")), Is.EqualTo("Filter (1)"));
        Assert.That(Text(page.QuerySelector(".timeline__axis")), Does.Match(@"^Artikel pro Jahr, \d{4}–\d{4}$"));
        Assert.That(Text(page.QuerySelector("label[for=year-from]")), Is.EqualTo("Von"));
        Assert.That(Text(page.QuerySelector("label[for=year-to]")), Is.EqualTo("Bis"));
        Assert.That(Text(page.QuerySelector("form.year-range button")), Is.EqualTo("Jahre zeigen"));

        var card = page.QuerySelectorAll("li.hit").Single(li => li.QuerySelector(".hit__title a")!.GetAttribute("href")!.StartsWith("/articles/" + SampleArticles.TokayevXiCall, StringComparison.Ordinal));
        var labels = card.QuerySelectorAll(".hit-facets dt").Select(Text).ToList();
        Assert.That(labels, Does.Contain("Land").And.Contain("Jahr"));
        Assert.That(labels, Is.SubsetOf(new[] { "Land", "Format", "Amtsträger", "Jahr" }));
        var china = card.QuerySelectorAll(".hit-facets__line--country a.tag").Single(a => Text(a) == "China");
        Assert.That(china.GetAttribute("title"), Is.EqualTo("Eingrenzen auf Land: China"));
        Assert.That(card.QuerySelectorAll(".hit-facets__line--country .tag").Select(Text), Does.Contain("Kasachstan").And.Not.Contain("Kazakhstan"));

        (_, page) = await GetAsync(client, "/?country=Kazakhstan");
        Assert.That(Text(page.QuerySelector("a[data-skip-filters]")), Is.EqualTo("Skip to filters"));
        Assert.That(Text(page.QuerySelector(".timeline__axis")), Does.Match(@"^Articles per year, \d{4}–\d{4}$"));
        Assert.That(Text(page.QuerySelector("label[for=year-from]")), Is.EqualTo("From"));
    }

    [Test]
    public async Task The_year_list_names_the_undated_bucket_in_german()
    {
        using var client = NewClient(cookies: false);
        var (_, page) = await GetAsync(client, "/?ui=de");
        var years = page.QuerySelectorAll("section[data-facet=year] .facet-value__name").Select(Text).ToList();
        Assert.That(years[^1], Is.EqualTo("Undatiert"));

        var undated = page.QuerySelectorAll("section[data-facet=year] li.facet-value").Single(li => li.GetAttribute("data-value") == "Undatiert");
        Assert.That(undated.QuerySelector("a")!.GetAttribute("href"), Does.Contain("year=undated"), "the link keeps the canonical value");
    }

    [Test]
    public async Task The_facet_value_search_form_finds_and_names_values_in_german()
    {
        using var client = NewClient(cookies: false);
        var (_, page) = await GetAsync(client, "/?facet=country&prefix=Kasach&ui=de");
        var country = page.QuerySelector("section[data-facet=country]")!;
        Assert.That(Text(country.QuerySelector("label[for=filter-country]")), Is.EqualTo("Werte für Land suchen"));
        Assert.That(Text(country.QuerySelector("button.facet__find")), Is.EqualTo("Suchen"));
        var found = country.QuerySelectorAll("[data-facet-matches] .facet-value__name").Select(Text).ToList();
        Assert.That(found, Does.Contain("Kasachstan").And.Not.Contain("Kazakhstan"));
        Assert.That(country.QuerySelector("form.facet__filter")!.GetAttribute("data-api"), Is.EqualTo("/api/facets/country?ui=de"));
        Assert.That(country.QuerySelector("form.facet__filter")!.GetAttribute("data-no-match"), Is.EqualTo("Kein Wert passt"));

        (_, page) = await GetAsync(client, "/?facet=country&prefix=Zzyzx&ui=de");
        Assert.That(Text(page.QuerySelector("section[data-facet=country] .facet__no-match")), Is.EqualTo("Kein Wert passt"));
    }

    [Test]
    public async Task The_facet_value_api_gives_each_value_its_name_in_the_interface_language()
    {
        using var client = NewClient(cookies: false);
        var (response, _) = await GetAsync(client, "/api/facets/country?prefix=Kasach&ui=de");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var german = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var kazakhstan = german.EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Kazakhstan");
        Assert.That(kazakhstan.GetProperty("name").GetString(), Is.EqualTo("Kasachstan"));

        (response, _) = await GetAsync(client, "/api/facets/country?prefix=Kasach");
        var english = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(english.EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Kazakhstan").GetProperty("name").GetString(), Is.EqualTo("Kazakhstan"));

        (response, _) = await GetAsync(client, "/api/facets/colour", "de");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"title\":\"Facette nicht gefunden\""));
    }

    [TestCase("/?year_from=abc&year_to=2020&ui=de", "year_from", "Das erste Jahr des Zeitraums muss eine Jahreszahl wie 2019 sein.")]
    [TestCase("/?year_from=2019&year_to=&ui=de", "year_to", "Das letzte Jahr des Zeitraums muss eine Jahreszahl wie 2023 sein.")]
    [TestCase("/?year=20x9&ui=de", "year", "Das Jahr muss eine Jahreszahl wie 2024, ein Zeitraum wie 2019..2023 oder „undatiert“ sein.")]
    public async Task A_wrong_year_is_explained_in_german_in_the_german_interface(string url, string parameter, string message)
    {
        using var client = NewClient(cookies: false);
        var (response, page) = await GetAsync(client, url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var paragraph = page.QuerySelector("#error-title + p")!;
        Assert.That(Text(paragraph.QuerySelector("strong")), Is.EqualTo(parameter));
        Assert.That(Text(paragraph), Does.EndWith(message));
        Assert.That(paragraph.QuerySelector("[lang=en]"), Is.Null, "a translated message is not marked English");
    }

    [Test]
    public async Task A_parameter_error_without_a_translation_stays_english_marked_as_such()
    {
        using var client = NewClient(cookies: false);
        var (_, page) = await GetAsync(client, "/?sort=sideways&ui=de");
        Assert.That(Text(page.QuerySelector("#error-title + p [lang=en]")), Is.EqualTo("sort must be one of relevance, newest, oldest."));

        (_, page) = await GetAsync(client, "/?year_from=abc&year_to=2020");
        Assert.That(Text(page.QuerySelector("#error-title + p")), Does.EndWith("the first year of the range must be a year such as 2019."));
    }
}
