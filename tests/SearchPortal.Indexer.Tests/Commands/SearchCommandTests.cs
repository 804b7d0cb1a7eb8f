using System.Text.Json;

namespace SearchPortal.Indexer.Tests.Commands;

public sealed class SearchCommandTests
{
    private Workspace workspace = null!;

    [OneTimeSetUp]
    public void BuildSampleIndex()
    {
        workspace = new Workspace();
        var run = workspace.Rebuild();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
    }

    [OneTimeTearDown]
    public void Cleanup() => workspace.Dispose();

    [Test]
    public void Json_output_has_the_documented_shape()
    {
        using var json = Search("C5+1 Blinken");
        var root = json.RootElement;

        Assert.That(root.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(1));
        var hit = root.GetProperty("hits")[0];
        Assert.That(hit.GetProperty("id").GetString(), Is.EqualTo("002_378c99c8703b252f"));
        Assert.That(Names(hit), Is.EquivalentTo(new[] { "id", "title", "date", "lang", "score", "facets" }));
        Assert.That(Names(hit.GetProperty("facets")), Is.EquivalentTo(new[] { "country", "format", "year", "official" }));
        Assert.That(hit.GetProperty("facets").GetProperty("year").ValueKind, Is.EqualTo(JsonValueKind.Null), "002 states no full date");
        var countries = root.GetProperty("facets").GetProperty("country");
        Assert.That(countries[0].GetProperty("value").GetString(), Is.Not.Empty);
        Assert.That(countries[0].GetProperty("count").GetInt32(), Is.GreaterThan(0));
    }

    [Test]
    public void An_empty_query_with_a_filter_narrows_the_whole_archive()
    {
        using var all = Search("");
        using var tajik = Search("", "--country", "Tajikistan");
        using var german = Search("", "--lang", "de");

        Assert.That(all.RootElement.GetProperty("total").GetInt32(), Is.EqualTo(5));
        Assert.That(tajik.RootElement.GetProperty("total").GetInt32(), Is.InRange(1, 4));
        Assert.That(Ids(german), Is.EqualTo(new[] { "001_2261e81116e0f2d3" }));
    }

    [Test]
    public void Values_of_one_facet_are_ORed_and_different_facets_ANDed()
    {
        using var y2021 = Search("", "--year", "2021");
        using var y2024 = Search("", "--year", "2024");
        using var either = Search("", "--year", "2021", "--year", "2024");
        using var andFormat = Search("", "--year", "2021", "--year", "2024", "--format", "C5+1");

        Assert.That(Ids(either), Is.EquivalentTo(Ids(y2021).Concat(Ids(y2024))));
        Assert.That(Ids(andFormat), Is.Empty, "the C5+1 article (002) has no year");
    }

    [Test]
    public void A_filter_accepts_any_spelling_the_vocabulary_knows()
    {
        using var german = Search("", "--country", "Kasachstan");
        using var english = Search("", "--country", "Kazakhstan");

        Assert.That(Ids(german), Is.EquivalentTo(Ids(english)));
        Assert.That(Ids(english), Is.Not.Empty);
    }

    [Test]
    public void Year_query_finds_articles_of_that_year()
    {
        using var json = Search("year:2024");

        Assert.That(Ids(json), Is.EquivalentTo(new[] { "000_7f6be621419a60c4", "004_693447a3f6ff537d" }));
    }

    [Test]
    public void Year_range_query_finds_articles_of_those_years()
    {
        using var json = Search("year:2021..2024");

        Assert.That(Ids(json), Is.EquivalentTo(new[] { "000_7f6be621419a60c4", "003_c82291dc01c46bee", "004_693447a3f6ff537d" }));
    }

    [Test]
    public void Country_query_accepts_an_inflected_spelling_as_the_filter_does()
    {
        using var query = Search("country:Kasachstans");
        using var filter = Search("", "--country", "Kasachstans");

        Assert.That(query.RootElement.TryGetProperty("notice", out var notice) ? notice.GetString() : null, Is.Null);
        Assert.That(Ids(query), Has.Length.EqualTo(5));
        Assert.That(Ids(filter), Is.EquivalentTo(Ids(query)));
    }

    [Test]
    public void An_official_filter_accepts_a_transliteration_the_vocabulary_knows()
    {
        using var transliterated = Search("", "--official", "Zheenbek Kulubaev");
        using var canonical = Search("", "--official", "Jeenbek Kulubayev");

        Assert.That(Ids(transliterated), Is.EquivalentTo(Ids(canonical)));
        Assert.That(Ids(canonical), Is.EquivalentTo(new[] { "000_7f6be621419a60c4", "001_2261e81116e0f2d3" }));
    }

    [Test]
    public void A_German_query_finds_English_articles_about_the_same_country()
    {
        using var json = Search("Kasachstan");

        Assert.That(Ids(json), Does.Contain("003_c82291dc01c46bee").And.Contain("001_2261e81116e0f2d3"));
    }

    [Test]
    public void The_table_output_lists_the_ranked_hits_and_the_facet_counts()
    {
        var run = workspace.Run("search", "Tokayev", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("matching articles").And.Contain("003_c82291dc01c46bee").And.Contain("country:"));
    }

    [Test]
    public void A_bad_year_is_a_usage_error_with_exit_2()
    {
        var run = workspace.Run("search", "x", "--year", "last", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Problems, Does.StartWith("error: --year takes a four-digit year"));
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [TestCase("many", "many")]
    [TestCase("0", "--top takes a whole number from 1 to 100000")]
    public void A_bad_top_is_a_one_line_usage_error(string value, string message)
    {
        var run = workspace.Run("search", "x", "--top", value, "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Problems, Does.StartWith("error: ").And.Contain(message));
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void An_unknown_option_is_a_one_line_usage_error()
    {
        var run = workspace.Run("search", "x", "--colour", "red");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Problems.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void Searching_where_there_is_no_index_says_how_to_build_one_and_exits_4()
    {
        var run = workspace.Run("search", "x", "--index", "nowhere");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.IndexUnavailable));
        Assert.That(run.Error, Does.Contain("no index at").And.Contain("rebuild --source"));
    }

    [Test]
    public void Batch_mode_writes_a_TREC_run_file()
    {
        var queries = Path.Combine(workspace.Root, "queries.jsonl");
        File.WriteAllLines(queries, ["{\"id\":\"q1\",\"text\":\"Consultative Meeting\"}", "{\"id\":\"q2\",\"text\":\"Außenministertreffen Almaty\"}"]);

        var run = workspace.Run("search", "--queries", "queries.jsonl", "--run", "out.trec", "--top", "3", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = File.ReadAllLines(Path.Combine(workspace.Root, "out.trec"));
        Assert.That(lines[0], Does.Match(@"^q1 Q0 004_693447a3f6ff537d 1 [0-9.]+ searchportal$"));
        Assert.That(lines.Where(l => l.StartsWith("q2 ", StringComparison.Ordinal)).First(), Does.Contain("001_2261e81116e0f2d3"));
        Assert.That(lines.Count(l => l.StartsWith("q1 ", StringComparison.Ordinal)), Is.InRange(1, 3));
    }

    [Test]
    public void Batch_mode_reports_each_unusable_line_with_its_id_and_reason_and_runs_the_others()
    {
        var queries = Path.Combine(workspace.Root, "bad.jsonl");
        File.WriteAllLines(queries, [
            "{\"id\":\"q1\",\"text\":\"SCO\"}",
            "not json",
            "{\"id\":\"q3\",\"text\":\"Tokayev \\uD800 Xi\"}",
            "{\"id\":\"q4\",\"text\":\"Tok\\uFFFEayev \\u0001\"}",
            "{\"id\":\"q5\",\"text\":\"Blinken\"}",
        ]);

        var run = workspace.Run("search", "--queries", "bad.jsonl", "--run", "bad.trec", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Error, Does.Contain("bad.jsonl:2: query without id: not JSON"));
        Assert.That(run.Error, Does.Contain("bad.jsonl:3: query q3: the text holds an escape that is no character"));
        Assert.That(run.Error, Does.Contain("3 queries written").And.Contain("2 skipped"));
        Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace");
        var answered = File.ReadAllLines(Path.Combine(workspace.Root, "bad.trec")).Select(l => l.Split(' ')[0]).Distinct();
        Assert.That(answered, Is.EqualTo(new[] { "q1", "q4", "q5" }), "the noncharacter is dropped, so q4 still finds Tokayev");
    }

    [Test]
    public void Batch_mode_with_no_usable_line_fails_with_one_error_line()
    {
        var queries = Path.Combine(workspace.Root, "none.jsonl");
        File.WriteAllLines(queries, ["not json", "{\"id\":\"q2\"}"]);

        var run = workspace.Run("search", "--queries", "none.jsonl", "--run", "none.trec", "--index", "index");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(run.Error.Split('\n').Count(l => l.StartsWith("error: ", StringComparison.Ordinal)), Is.EqualTo(1), run.Error);
    }

    // Built in code: an attribute's strings are stored as UTF-8, which would turn a lone surrogate into U+FFFD.
    // Named, since the runner's display of these strings would not tell the cases apart.
    private static readonly TestCaseData[] InvalidQueries =
    [
        new TestCaseData("Tok\uFFFEayev").SetArgDisplayNames("U+FFFE inside a word"),
        new TestCaseData("Tokayev\uFFFF\u0000\u0007").SetArgDisplayNames("U+FFFF and control characters"),
        new TestCaseData("\uFDD0Tokayev").SetArgDisplayNames("U+FDD0 before a word"),
        new TestCaseData("Tok\uD800ayev").SetArgDisplayNames("lone high surrogate"),
        new TestCaseData("Tokayev\uDFFF").SetArgDisplayNames("lone low surrogate"),
    ];

    [TestCaseSource(nameof(InvalidQueries))]
    public void A_query_with_invalid_characters_searches_what_is_left(string query)
    {
        using var json = Search(query);

        Assert.That(Ids(json), Does.Contain("003_c82291dc01c46bee"));
    }

    [Test]
    public void A_facet_value_with_a_lone_surrogate_is_read_without_it()
    {
        using var json = Search("", "--country", "Kaz\uDC00akhstan");

        // Every sample article is about Kazakhstan; an unknown value would find none.
        Assert.That(json.RootElement.GetProperty("total").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public void Any_word_matches_by_default_and_match_chooses_all_words_or_the_portals_fallback()
    {
        // No sample article names both Tokayev and Blinken.
        using var any = Search("Tokayev Blinken");
        using var all = Search("Tokayev Blinken", "--match", "all");
        using var fallback = Search("Tokayev Blinken", "--match", "all-then-any");

        Assert.That(Ids(any), Has.Length.EqualTo(3));
        Assert.That(any.RootElement.TryGetProperty("notice", out _), Is.False);
        Assert.That(all.RootElement.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(Ids(fallback), Is.EquivalentTo(Ids(any)));
        Assert.That(fallback.RootElement.GetProperty("notice").GetString(), Does.StartWith("No article has all of these words"));
        Assert.That(new[] { any, all, fallback }.Select(j => j.RootElement.GetProperty("matched").GetString()), Is.EqualTo(new[] { "any", "all", "any" }));
    }

    private JsonDocument Search(string query, params string[] options)
    {
        var run = workspace.Run(["search", query, "--index", "index", "--json", "--top", "50", .. options]);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        return JsonDocument.Parse(run.Out);
    }

    private static string[] Ids(JsonDocument json) =>
        [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
