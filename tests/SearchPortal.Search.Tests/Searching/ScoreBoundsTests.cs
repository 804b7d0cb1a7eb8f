using Lucene.Net.Search;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Score bounds that let covered phrases go unchecked on hits that cannot enter the top, on the Central Asia corpus
/// indexed by the production rebuild: every bound holds on every article, and the pages come out as without them.
/// </summary>
public sealed class ScoreBoundsTests : CentralAsiaArchiveTests
{
    [TestCase("Kazakhstan")]
    [TestCase("China")]
    [TestCase("Mirziyoyev")]
    [TestCase("Tokayev")]
    public void A_words_bound_is_never_below_its_score_and_within_twice_it_on_most_articles(string word)
    {
        using var lease = Archive.Index.Lease();
        var (compared, _, tighter) = WordBounds.Compare(lease.Searcher, lease.Searcher.CreateNormalizedWeight(Matchable(lease.Searcher, word)));

        Assert.That(compared, Is.GreaterThan(20));
        Assert.That(tighter, Is.GreaterThan(compared / 2), "the phrases bounded at their word's frequency on the article, not at their weight");
    }

    [TestCase("Kazakhstan")]
    [TestCase("Mirziyoyev")]
    public void A_window_checks_the_phrases_of_every_article_that_can_reach_the_minimum(string word)
    {
        using var lease = Archive.Index.Lease();
        var weight = lease.Searcher.CreateNormalizedWeight(Matchable(lease.Searcher, word));
        var exact = new Dictionary<(int, int), float>();
        var leaves = lease.Searcher.IndexReader.Leaves;
        foreach (var leaf in leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } heap)
            {
                continue;
            }

            for (var doc = heap.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = heap.NextDoc())
            {
                exact[(leaf.Ord, doc)] = heap.GetScore();
            }
        }

        var minimum = exact.Values.Order().ElementAt(exact.Count * 3 / 4);
        int unchecked_ = 0, kept = 0;
        foreach (var leaf in leaves)
        {
            if (LazyDisjunctionMaxQuery.TopScorer(weight, leaf, leaf.AtomicReader.LiveDocs, minCost: 0) is not WindowedDisjunctionMaxScorer windowed)
            {
                continue;
            }

            windowed.MinCompetitiveScore = minimum;
            for (var doc = windowed.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = windowed.NextDoc())
            {
                var score = exact[(leaf.Ord, doc)];
                if (score >= minimum)
                {
                    Assert.That(windowed.GetScore(), Is.EqualTo(score), $"article {doc} can compete: its score to the last bit");
                    kept++;
                }
                else
                {
                    Assert.That(windowed.GetScore(), Is.LessThanOrEqualTo(score), $"article {doc} cannot compete");
                    unchecked_ += windowed.GetScore() < score ? 1 : 0;
                }
            }
        }

        Assert.That(kept, Is.GreaterThan(0));
        Assert.That(unchecked_, Is.GreaterThan(0), "some article below the minimum kept its phrases unchecked");
    }

    [TestCase("Kazakhstan president")]
    [TestCase("president Shavkat Mirziyoyev")]
    [TestCase("Tokayev summit")]
    public void A_conjunctions_bound_is_found_in_Lucenes_boolean_scorers_and_holds(string text)
    {
        using var lease = Archive.Index.Lease();
        var weight = lease.Searcher.CreateNormalizedWeight(Matchable(lease.Searcher, text, requireAllWords: true));
        var compared = 0;
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            var bound = ScoreBounds.For(scorer);
            Assert.That(bound, Is.Not.Null, $"{scorer.GetType().Name}: a sum of words' disjunctions");
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                Assert.That(bound!(), Is.GreaterThanOrEqualTo(scorer.GetScore()), $"article {doc}");
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(0));
    }

    [TestCase("summit")]
    [TestCase("summit energy")]
    public void Words_without_covered_phrases_are_scored_without_a_bound_first(string text)
    {
        using var lease = Archive.Index.Lease();
        var weight = lease.Searcher.CreateNormalizedWeight(Matchable(lease.Searcher, text, requireAllWords: true));
        var scorers = 0;
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
            {
                Assert.That(ScoreBounds.For(scorer), Is.Null, $"{scorer.GetType().Name}: its bound would be its score");
                scorers++;
            }
        }

        Assert.That(scorers, Is.GreaterThan(0));
    }

    [TestCase("Kazakhstan", 10)]
    [TestCase("Mirziyoyev", 3)]
    [TestCase("Kazakhstan president", 10)]
    [TestCase("president Shavkat Mirziyoyev", 10)]
    public void Pages_with_bounds_are_those_of_Lucenes_collector_alone(string text, int wanted)
    {
        using var lease = Archive.Index.Lease();
        var engine = lease.Searcher;
        var query = Matchable(engine, text, requireAllWords: true);
        var scope = new FacetScope(FacetFields.FieldsOf(null, false), [], 10, new FacetOrdinalCache());
        var sort = SearchSorts.For(SearchSort.Relevance);
        var slices = SlicedSearch.Slices(engine.IndexReader, 1);

        var expected = RankedHits.Collect(engine, query, scope, sort, wanted, slices, new SearchBudget(Timeout.InfiniteTimeSpan), competitive: false);
        var actual = RankedHits.Collect(engine, query, scope, sort, wanted, slices, new SearchBudget(Timeout.InfiniteTimeSpan));

        Assert.That(expected.Total, Is.GreaterThan(wanted), "more hits than kept");
        Assert.That(actual.Total, Is.EqualTo(expected.Total));
        Assert.That(actual.Facets.Select(f => f.Values.Select(v => (v.Value, v.Count)).ToList()),
            Is.EqualTo(expected.Facets.Select(f => f.Values.Select(v => (v.Value, v.Count)).ToList())));
        Assert.That(Hits(actual.Page(0, wanted)), Is.EqualTo(Hits(expected.Page(0, wanted))));
    }

    private Query Matchable(IndexSearcher engine, string text, bool requireAllWords = false) =>
        new PresentTerms(engine).Matchable(new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse(text, requireAllWords).Query!)!;

    private static List<(int Doc, float Score)> Hits(ScoreDoc[] page) => [.. page.Select(d => (d.Doc, d.Score))];
}
