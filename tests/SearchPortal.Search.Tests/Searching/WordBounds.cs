using Lucene.Net.Search;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>A word's disjunction walked over every segment, its upper bound compared with its score on each article.</summary>
internal static class WordBounds
{
    /// <summary>
    /// Asserts that the bound is never below the score on any article of <paramref name="weight"/>, and returns how many
    /// articles were compared and on how many the bound was above the score and below twice the score.
    /// </summary>
    public static (int Compared, int Above, int WithinTwice) Compare(IndexSearcher searcher, Weight weight)
    {
        int compared = 0, above = 0, withinTwice = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not LazyDisjunctionMaxScorer scorer)
            {
                continue;
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                var bound = scorer.UpperBound();
                var score = scorer.GetScore();
                Assert.That(bound, Is.GreaterThanOrEqualTo(score), $"segment {leaf.Ord}, article {doc}");
                above += bound > score ? 1 : 0;
                withinTwice += bound < score * 2 ? 1 : 0;
                compared++;
            }
        }

        return (compared, above, withinTwice);
    }
}
