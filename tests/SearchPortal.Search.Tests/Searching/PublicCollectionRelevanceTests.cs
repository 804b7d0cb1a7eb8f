using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Ranking regression on XQuAD-de (240 German Wikipedia paragraphs, 1,190 natural-language questions, one relevant
/// paragraph each) from ../shared/eval, with the portal's default query semantics. The floors sit just under what the
/// ranking reached (nDCG@10 0.9509, Recall@100 0.9916; Java Lucene's BM25 with GermanAnalyzer: 0.9439 / 0.9899),
/// so a change that costs a handful of questions their right answer fails here.
/// </summary>
public sealed class PublicCollectionRelevanceTests
{
    private const double NdcgFloor = 0.948;
    private const double RecallFloor = 0.988;

    private JudgedCollection collection = null!;
    private Dictionary<string, List<(string Id, double Score)>> run = null!;

    [OneTimeSetUp]
    public void RunTheJudgedQueries()
    {
        collection = JudgedCollection.Load("xquad-de");
        using var archive = new RelevanceArchive([collection.CorpusPath], new ArticleAnalyzer());
        run = archive.Run(collection, 100);
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"XQuAD-de: nDCG@10 {collection.Scorer.MeanNdcg(run, 10):F4}, Recall@100 {collection.Scorer.MeanRecall(run, 100):F4}"));
    }

    [Test]
    public void German_questions_find_their_paragraph_near_the_top()
    {
        Assert.That(collection.Scorer.MeanNdcg(run, 10), Is.GreaterThanOrEqualTo(NdcgFloor));
    }

    [Test]
    public void German_questions_find_their_paragraph_within_the_first_hundred()
    {
        Assert.That(collection.Scorer.MeanRecall(run, 100), Is.GreaterThanOrEqualTo(RecallFloor));
    }

    [Test]
    public void Splitting_german_compounds_ranks_better_than_keeping_them_whole()
    {
        using var wholeWords = new RelevanceArchive([collection.CorpusPath], new ArticleAnalyzer(germanCompoundParts: null));

        var withoutSplitting = collection.Scorer.MeanNdcg(wholeWords.Run(collection, 10), 10);

        // Measured 0.9509 with splitting, 0.9395 without.
        Assert.That(collection.Scorer.MeanNdcg(run, 10), Is.GreaterThan(withoutSplitting + 0.005));
    }
}
