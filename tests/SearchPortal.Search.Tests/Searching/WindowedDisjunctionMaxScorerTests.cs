using Lucene.Net.Search;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The window-by-window scorer of a whole-query disjunction against the heap's, document by document and to the last
/// bit, on the Central Asia corpus indexed by the production rebuild.
/// </summary>
public sealed class WindowedDisjunctionMaxScorerTests : CentralAsiaArchiveTests
{
    [TestCase("president")]
    [TestCase("summit")]
    [TestCase("cooperation")]
    [TestCase("Mirziyoyev")]
    [TestCase("Kazakhstan")]
    [TestCase("China")]
    public void A_words_disjunction_walked_window_by_window_scores_every_article_as_the_heap_does(string word)
    {
        using var lease = Archive.Index.Lease();
        var (weight, leaves) = Weight(lease.Searcher, word);
        var compared = 0;
        foreach (var leaf in leaves)
        {
            var windowed = LazyDisjunctionMaxQuery.TopScorer(weight, leaf, leaf.AtomicReader.LiveDocs, minCost: 0);
            var heap = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (heap is null)
            {
                Assert.That(windowed, Is.Null);
                continue;
            }

            Assert.That(windowed, Is.InstanceOf<WindowedDisjunctionMaxScorer>(), "a word's disjunction over its fields, translations and spellings");
            for (var doc = heap.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = heap.NextDoc())
            {
                Assert.That(windowed!.NextDoc(), Is.EqualTo(doc));
                Assert.That(windowed.GetScore(), Is.EqualTo(heap.GetScore()), $"article {doc}: the same sum in the same order");
                Assert.That(windowed.Freq, Is.EqualTo(heap.Freq));
                compared++;
            }

            Assert.That(windowed!.NextDoc(), Is.EqualTo(DocIdSetIterator.NO_MORE_DOCS));
        }

        Assert.That(compared, Is.GreaterThan(20));
    }

    [TestCase("president")]
    [TestCase("Kazakhstan")]
    public void Advancing_within_a_window_and_past_it_lands_where_the_heap_does(string word)
    {
        using var lease = Archive.Index.Lease();
        var (weight, leaves) = Weight(lease.Searcher, word);
        int landed = 0, far = 0;
        foreach (var leaf in leaves)
        {
            var windowed = LazyDisjunctionMaxQuery.TopScorer(weight, leaf, leaf.AtomicReader.LiveDocs, minCost: 0)!;
            var heap = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)!;

            // Steps within a window and past it, from before the first document on.
            int[] steps = [1, 2, 17, WindowedDisjunctionMaxScorer.WindowSize + 3, 5, 300];
            var target = 0;
            for (var i = 0; ; i++)
            {
                var step = steps[i % steps.Length];
                var expected = heap.Advance(target);
                Assert.That(windowed.Advance(target), Is.EqualTo(expected), $"advance to {target}");
                if (expected == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                Assert.That(windowed.GetScore(), Is.EqualTo(heap.GetScore()));
                Assert.That(windowed.NextDoc(), Is.EqualTo(heap.NextDoc()));
                landed++;
                if (windowed.DocID == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                target = windowed.DocID + step;
                far += step > WindowedDisjunctionMaxScorer.WindowSize ? 1 : 0;
            }
        }

        Assert.That(landed, Is.GreaterThan(5));
        Assert.That(far, Is.GreaterThan(0), "some targets lie past the window");
    }

    [Test]
    public void A_rare_words_disjunction_keeps_the_heap()
    {
        using var lease = Archive.Index.Lease();
        var (weight, leaves) = Weight(lease.Searcher, "cooperation");
        var scorers = leaves.Select(l => LazyDisjunctionMaxQuery.TopScorer(weight, l, l.AtomicReader.LiveDocs)).OfType<Scorer>().ToList();

        Assert.That(scorers, Is.Not.Empty);
        Assert.That(scorers.Where(s => s.GetCost() < WindowedDisjunctionMaxScorer.MinCost), Is.Not.Empty.And.All.InstanceOf<LazyDisjunctionMaxScorer>());
    }

    [Test]
    public void A_names_spellings_that_only_score_are_among_the_clauses_compared()
    {
        using var lease = Archive.Index.Lease();
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse("Kazakhstan").Query!;
        var matchable = (LazyDisjunctionMaxQuery)new PresentTerms(lease.Searcher).Matchable(query)!;

        Assert.That(matchable.Disjuncts.OfType<ResolvedPhraseQuery>().Where(p => p.Covered), Is.Not.Empty);
        Assert.That(matchable.Guards(), Has.Some.GreaterThanOrEqualTo(0));
    }

    private (Weight Weight, IList<Lucene.Net.Index.AtomicReaderContext> Leaves) Weight(IndexSearcher engine, string word)
    {
        var query = new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse(word).Query!;
        var matchable = new PresentTerms(engine).Matchable(query)!;
        Assert.That(matchable, Is.InstanceOf<LazyDisjunctionMaxQuery>(), "one word is one disjunction");
        return (engine.CreateNormalizedWeight(matchable), engine.IndexReader.Leaves);
    }
}
