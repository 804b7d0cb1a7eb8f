using SearchPortal.Core.Facets;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Querying;

/// <summary>
/// The readings a searcher keeps for requests repeating a text (<see cref="QueryReadings"/>): every answer as a first
/// request's, whatever the requests before it, within a bound.
/// </summary>
public sealed class QueryReadingsTests : TwoSegmentSampleTests
{
    // Names the vocabulary expands, words translated both ways, a disjoint pair that widens, a phrase, operators, a
    // prefix, only stop words, and the empty query. No misspelling: a correction has a wall-clock budget
    // (SpellingCorrector.Budget), so on a loaded machine it may correct fewer words, whatever the readings.
    private static readonly string[] Texts =
    [
        "Kazakhstan", "Kasachstan Energie", "Putin Rahmon", "Tokayev telephone", "\"Central Asia\" summit",
        "C5+1 -Kyrgyzstan", "Uzbek*", "the and of", "Gipfel water", "",
    ];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters = new Dictionary<string, IReadOnlyList<string>>();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> OneCountry =
        new Dictionary<string, IReadOnlyList<string>> { [FacetDimension.Country] = ["Kazakhstan"] };

    [Test]
    public void Requests_repeating_a_text_get_the_answer_a_first_request_gets()
    {
        var shared = new ArticleSearcher(Sample.Index, SearcherFixture.Vocabulary, Sample.Root.Analyzer);
        var requests = (from text in Texts
                        from match in new[] { MatchMode.AllWordsThenAny, MatchMode.AllWords, MatchMode.AnyWord }
                        from filters in new[] { OneCountry, NoFilters }
                        select new SearchRequest(text, filters, match, PageSize: 20)).ToList();
        var widened = 0;

        // Twice over, the filtered request first: a widening request (the filter leaves few articles) reads the any-word
        // query before an unfiltered one of the same text, which does not widen.
        foreach (var pass in new[] { "first", "second" })
        {
            foreach (var request in requests)
            {
                var fresh = new ArticleSearcher(Sample.Index, SearcherFixture.Vocabulary, Sample.Root.Analyzer).Search(request);
                var kept = shared.Search(request);

                Assert.That(Described(kept), Is.EqualTo(Described(fresh)), $"{request.Query} {request.Match} {request.Filters.Count} ({pass} pass)");
                widened += request.Match == MatchMode.AllWordsThenAny && fresh.Matched == MatchMode.AnyWord ? 1 : 0;
            }
        }

        Assert.That(widened, Is.GreaterThan(2), "requests widened to any word");
        Assert.That(requests.Where(r => shared.Search(r).Translations.Count > 0).Count(), Is.GreaterThan(2), "translated words shown");
    }

    [Test]
    public void A_stream_of_new_texts_never_keeps_more_than_the_capacity()
    {
        var parser = new ArticleQueryParser(Sample.Root.Analyzer, SearcherFixture.Vocabulary);
        var readings = new QueryReadings(parser.Read, capacity: 5);
        for (var i = 0; i < 50; i++)
        {
            readings.Of($"zzword{i} water", translate: true, requireAllWords: true);
            Assert.That(readings.Count, Is.LessThanOrEqualTo(5));
        }

        var again = readings.Of("zzword49 water", translate: true, requireAllWords: true);
        Assert.That(again, Is.SameAs(readings.Of("zzword49 water", translate: true, requireAllWords: true)));
        Assert.That(again, Is.Not.SameAs(readings.Of("zzword49 water", translate: true, requireAllWords: false)), "one reading per match mode");
        Assert.That(again.First.Query.ToString(), Is.EqualTo(parser.Parse("zzword49 water", requireAllWords: true).Query.ToString()));
    }

    [Test]
    public void A_kept_reading_widens_as_one_request_reading_its_text_widens()
    {
        var parser = new ArticleQueryParser(Sample.Root.Analyzer, SearcherFixture.Vocabulary, QueryTranslations.Default);
        foreach (var text in Texts)
        {
            var reading = parser.Read(text);
            var first = reading.For(requireAllWords: true);
            var firstTranslations = first.Translations?.ToList();
            var any = reading.For(requireAllWords: false);
            var kept = new QueryReadings(parser.Read).Of(text, translate: true, requireAllWords: true);

            Assert.That((kept.First.Query.ToString(), kept.First.Notice), Is.EqualTo((first.Query.ToString(), first.Notice)), text);
            Assert.That(kept.First.Translations, Is.EqualTo(firstTranslations), text);
            Assert.That((kept.AnyWord.Query.ToString(), kept.AnyWord.Notice), Is.EqualTo((any.Query.ToString(), any.Notice)), text);
            Assert.That(kept.AnyWord.Translations, Is.EqualTo(any.Translations), text);
        }
    }

    [Test]
    public void Requests_on_many_threads_get_the_same_answers()
    {
        var shared = new ArticleSearcher(Sample.Index, SearcherFixture.Vocabulary, Sample.Root.Analyzer);
        var requests = Texts.Select(t => new SearchRequest(t, NoFilters, MatchMode.AllWordsThenAny, Snippets: false)).ToArray();
        var expected = requests.Select(r => Described(new ArticleSearcher(Sample.Index, SearcherFixture.Vocabulary, Sample.Root.Analyzer).Search(r))).ToArray();
        var wrong = 0;

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var at = i % requests.Length;
            if (Described(shared.Search(requests[at])) != expected[at])
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.That(wrong, Is.Zero);
    }

    private static string Described(SearchResponse response) => string.Join(" | ",
        response.Total, response.Matched, response.Notice, response.DidYouMean, string.Join(",", response.Translations),
        string.Join(",", response.Hits.Select(h => $"{h.Id}:{h.Score:R}:{h.MarkedTitle}:{string.Join("/", h.Snippets.Select(s => s.Text))}")),
        string.Join(",", response.Facets.SelectMany(f => f.Values.Select(v => $"{f.Dimension}:{v.Value}={v.Count}"))));
}
