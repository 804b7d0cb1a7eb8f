using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The examples and hints the search box shows a new reader, run as that reader would run them on the sample archive.</summary>
public class SearchBoxHintTests : PortalFixture
{
    private async Task<JsonElement> SearchJsonAsync(string query)
    {
        using var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.That((int)response.StatusCode, Is.EqualTo(200), query);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string[] Ids(JsonElement json) =>
        [.. json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    private async Task<string> HintAsync()
    {
        var page = await PageAsync("/");
        return Text(page.QuerySelector("#q-hint"));
    }

    [Test]
    public async Task Every_example_in_the_search_box_finds_articles_with_all_its_words()
    {
        var page = await PageAsync("/");
        var placeholder = page.QuerySelector("#q")!.GetAttribute("placeholder")!;
        Assert.That(placeholder, Does.StartWith("e.g. "));

        var examples = placeholder["e.g. ".Length..].Split(", ");
        Assert.That(examples, Has.Length.GreaterThanOrEqualTo(3));
        foreach (var example in examples)
        {
            // All words, or the few articles with all of them first (the notice says how many), never any word alone.
            var json = await SearchJsonAsync(example);
            Assert.That(json.GetProperty("total").GetInt32(), Is.GreaterThan(0), example);
            var notice = json.TryGetProperty("notice", out var n) ? n.GetString() : null;
            Assert.That(json.GetProperty("matched").GetString() == "all" || notice?.StartsWith("Few articles have all of these words", StringComparison.Ordinal) == true,
                Is.True, example + ": " + notice);
        }
    }

    [Test]
    public async Task The_search_box_examples_find_the_articles_they_are_about()
    {
        Assert.That(Ids(await SearchJsonAsync("Tokayev Xi")).First(), Is.EqualTo(SampleArticles.TokayevXiCall));
        Assert.That(Ids(await SearchJsonAsync("\"C5+1\"")), Is.EqualTo(new[] { SampleArticles.BlinkenC5Plus1 }));
        // The German article that has the word ranks first; its English translation ("foreign minister") finds more below it.
        Assert.That(Ids(await SearchJsonAsync("Außenminister")).First(), Is.EqualTo(SampleArticles.AlmatyGerman));
    }

    [Test]
    public async Task Words_are_matched_in_english_and_in_german()
    {
        Assert.That(await HintAsync(), Does.Contain("Words are matched in English and German"));

        // Each language's inflections (Treffens: Treffen; conversations: conversation), and a word inside German compounds.
        Assert.That(Ids(await SearchJsonAsync("Treffens")).First(), Is.EqualTo(SampleArticles.AlmatyGerman));
        Assert.That(Ids(await SearchJsonAsync("conversations")).First(), Is.EqualTo(SampleArticles.TokayevXiCall));
        Assert.That(Ids(await SearchJsonAsync("minister")), Is.SupersetOf(new[] { SampleArticles.AlmatyGerman, SampleArticles.BlinkenC5Plus1 }));
    }

    [Test]
    public async Task Quotes_make_a_phrase_whose_words_must_stand_together_in_order()
    {
        Assert.That(await HintAsync(), Does.Contain("use quotes for phrases"));

        Assert.That(Ids(await SearchJsonAsync("\"Consultative Meeting\"")), Is.EqualTo(new[] { SampleArticles.ConsultativeMeeting }));
        Assert.That(Ids(await SearchJsonAsync("\"Meeting Consultative\"")), Is.Empty);
    }

    [Test]
    public async Task OR_finds_articles_with_either_word()
    {
        Assert.That(await HintAsync(), Does.Contain("OR for alternatives"));

        Assert.That(Ids(await SearchJsonAsync("Tokayev OR Blinken")), Is.EquivalentTo(new[]
        {
            SampleArticles.TokayevXiCall, SampleArticles.ConsultativeMeeting, SampleArticles.BlinkenC5Plus1,
        }));
    }

    [Test]
    public async Task A_minus_excludes_the_articles_with_a_word()
    {
        Assert.That(await HintAsync(), Does.Contain("- to exclude"));

        Assert.That(Ids(await SearchJsonAsync("Tokayev")), Is.EquivalentTo(new[] { SampleArticles.TokayevXiCall, SampleArticles.ConsultativeMeeting }));
        Assert.That(Ids(await SearchJsonAsync("Tokayev -Xi")), Is.EqualTo(new[] { SampleArticles.ConsultativeMeeting }));
    }
}
