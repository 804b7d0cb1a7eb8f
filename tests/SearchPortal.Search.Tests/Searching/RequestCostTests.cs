using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.FacetCounting;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// What one search request spends, on generated articles indexed by the production rebuild: its query read once for
/// both match modes, the clauses that cannot match dropped without moving any hit or score (beyond a sum's last bit), and a time budget that
/// cuts collection with a notice.
/// </summary>
public sealed class RequestCostTests : RebuiltIndexTests
{
    // Queries naming vocabulary entries (their German spellings are in no English article) beside plain and misspelt words.
    private static readonly string[] Queries =
    [
        "Kazakhstan Tokayev talks", "tokaev sumit Kasachstan", "Kyrgyz railway energy", "Uzbekistan -summit",
        "Kirgisistan OR Mongolia water", "\"Kazakh delegation\" trade",
    ];

    private protected override void Rebuild(TempIndexRoot root)
    {
        var pipeline = new IngestionPipeline(SearcherFixture.Vocabulary);
        var records = new GeneratedNews(SearcherFixture.Vocabulary, seed: 31).Articles("news", 400)
            .Append(Record("kazakh-delegation", "A Kazakh delegation", "The Kazakh delegation arrived in Bishkek for trade talks with Kyrgyz officials."));
        root.Rebuilder.Rebuild(records, pipeline.Annotator.Annotate);
    }

    [Test]
    public void Clauses_that_cannot_match_are_dropped_without_moving_any_hit_or_score([ValueSource(nameof(Queries))] string text, [Values] bool allWords)
    {
        var parsed = Parser().Parse(text, allWords);
        using var lease = Index.Lease();
        var searcher = lease.Searcher;

        var matchable = new PresentTerms(searcher).Matchable(parsed.Query);

        var before = searcher.Search(parsed.Query, 1000).ScoreDocs.Select(d => (d.Doc, d.Score));
        var after = matchable is null ? [] : searcher.Search(matchable, 1000).ScoreDocs.Select(d => (d.Doc, d.Score));
        ScoredHits.AssertSame(after, before);
    }

    [Test]
    public void Spellings_no_article_writes_are_left_out_of_the_query()
    {
        var parsed = Parser().Parse("Kazakhstan talks", requireAllWords: true);
        using var lease = Index.Lease();

        var matchable = new PresentTerms(lease.Searcher).Matchable(parsed.Query)!;

        // The German spelling "Kasachstan" is searched in every field, but no article writes it.
        Assert.That(Terms(lease.Searcher, parsed.Query), Has.Some.Matches<Term>(t => t.Text == "kasachstan"));
        Assert.That(Terms(lease.Searcher, matchable), Has.None.Matches<Term>(t => t.Text == "kasachstan"));
        Assert.That(Terms(lease.Searcher, matchable).Count, Is.LessThan(Terms(lease.Searcher, parsed.Query).Count));
    }

    [Test]
    public void A_query_requiring_a_word_no_article_has_is_dropped_whole()
    {
        var parsed = Parser().Parse("zqxwvy Kazakhstan", requireAllWords: true);
        using var lease = Index.Lease();

        Assert.That(new PresentTerms(lease.Searcher).Matchable(parsed.Query), Is.Null);
        Assert.That(lease.Searcher.Search(parsed.Query, 10).TotalHits, Is.Zero);
    }

    [Test]
    public void The_any_word_query_of_a_reading_is_the_query_a_reading_of_its_own_builds([ValueSource(nameof(Queries))] string text)
    {
        var reading = Parser().Read(text);
        var allWords = reading.For(requireAllWords: true);

        var anyWord = reading.For(requireAllWords: false);

        var fresh = Parser().Parse(text, requireAllWords: false);
        Assert.That((anyWord.Query.ToString(), anyWord.Notice, anyWord.MatchesAll), Is.EqualTo((fresh.Query.ToString(), fresh.Notice, fresh.MatchesAll)));
        Assert.That(allWords.Query.ToString(), Is.EqualTo(Parser().Parse(text, requireAllWords: true).Query.ToString()));
    }

    [Test]
    public void A_search_within_its_budget_is_complete_without_a_notice()
    {
        var budgeted = new ArticleSearcher(Index, SearcherFixture.Vocabulary, Root.Analyzer) { CollectionBudget = ArticleSearcher.DefaultCollectionBudget };

        var response = budgeted.Search(SearchRequest.For("talks", MatchMode.AllWordsThenAny));

        Assert.That(response.Total, Is.EqualTo(CountOf("talks")));
        Assert.That(response.Notice, Is.Null);
        Assert.That(response.Hits[0].Snippets, Is.Not.Empty);
    }

    [Test]
    public void A_search_out_of_its_budget_stops_collecting_and_says_its_results_may_be_incomplete()
    {
        var spent = new ArticleSearcher(Index, SearcherFixture.Vocabulary, Root.Analyzer) { CollectionBudget = TimeSpan.Zero };

        var response = spent.Search(SearchRequest.For("talks", MatchMode.AllWordsThenAny));

        Assert.That(CountOf("talks"), Is.GreaterThan(0));
        Assert.That(response.Total, Is.LessThan(CountOf("talks")));
        Assert.That(response.Notice, Is.EqualTo(ArticleSearcher.IncompleteNotice));
        Assert.That(response.DidYouMean, Is.Null);
    }

    private int CountOf(string word) => Searcher.Search(SearchRequest.For(word, MatchMode.AllWords) with { Snippets = false }).Total;

    private ArticleQueryParser Parser() => new(Root.Analyzer, SearcherFixture.Vocabulary, QueryTranslations.Default);

    private static HashSet<Term> Terms(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        searcher.Rewrite(query).ExtractTerms(terms);
        return terms;
    }

    private static IngestRecord Record(string id, string title, string text) =>
        IngestRecord.Read("generated:" + id, new Article(id, title, text, "en", new DateOnly(2024, 5, 1), "generated", null, null));
}
