using Lucene.Net.Search;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Score bounds on an archive of English and German articles (centralasia_en and frontpage_de indexed together by the
/// production rebuild): a segment's articles of one language have no text in the other language's fields, and a name's
/// phrases there must still be bounded by the articles that have.
/// </summary>
public sealed class BilingualScoreBoundsTests : BilingualArchiveTests
{
    [TestCase("Trump")]
    [TestCase("China")]
    [TestCase("Deutschland")]
    [TestCase("Putin")]
    [TestCase("Russland")]
    public void A_names_bound_holds_on_the_articles_of_both_languages(string name)
    {
        using var lease = Archive.Index.Lease();
        var (compared, withPhrases, _) = WordBounds.Compare(lease.Searcher, lease.Searcher.CreateNormalizedWeight(Matchable(lease.Searcher, name)));

        Assert.That(compared, Is.GreaterThan(10));
        Assert.That(withPhrases, Is.GreaterThan(0), "some article where a spelling could stand");
    }

    [TestCase("Trump")]
    [TestCase("China")]
    [TestCase("Deutschland")]
    public void A_window_gives_every_article_that_can_compete_its_exact_score(string name)
    {
        using var lease = Archive.Index.Lease();
        var weight = lease.Searcher.CreateNormalizedWeight(Matchable(lease.Searcher, name));
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } heap
                || LazyDisjunctionMaxQuery.TopScorer(weight, leaf, leaf.AtomicReader.LiveDocs, minCost: 0) is not WindowedDisjunctionMaxScorer windowed)
            {
                continue;
            }

            var exact = new List<(int Doc, float Score)>();
            for (var doc = heap.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = heap.NextDoc())
            {
                exact.Add((doc, heap.GetScore()));
            }

            var minimum = exact.Select(e => e.Score).Order().ElementAt(exact.Count / 2);
            windowed.MinCompetitiveScore = minimum;
            foreach (var (doc, score) in exact)
            {
                Assert.That(windowed.NextDoc(), Is.EqualTo(doc));
                if (score >= minimum)
                {
                    Assert.That(windowed.GetScore(), Is.EqualTo(score), $"segment {leaf.Ord}, article {doc} can compete");
                }
                else
                {
                    Assert.That(windowed.GetScore(), Is.LessThan(minimum), $"segment {leaf.Ord}, article {doc} cannot");
                }
            }
        }
    }

    private Query Matchable(IndexSearcher engine, string text) =>
        new PresentTerms(engine).Matchable(new ArticleQueryParser(Archive.Analyzer, Archive.Vocabulary).Parse(text).Query!)!;
}
