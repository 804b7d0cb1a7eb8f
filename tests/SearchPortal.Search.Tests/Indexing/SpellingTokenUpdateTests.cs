using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>
/// Spelling tokens written by rebuilds and updates given the vocabulary (the archivists' commands do): segments of
/// articles all written with the searcher's set read phrases from the tokens; an update without them leaves segments
/// that read positions, and the answers stay those of positions throughout.
/// </summary>
public sealed class SpellingTokenUpdateTests
{
    private static readonly FacetVocabulary Vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));

    [Test]
    public void A_rebuild_and_an_update_with_the_vocabulary_leave_every_segment_reading_tokens()
    {
        using var root = new TempIndexRoot();
        var first = DiplomacyArticles.All.Take(4).ToList();
        new IndexRebuilder(root.Location) { Vocabulary = Vocabulary }.Rebuild(DiplomacyArticles.Records(first), DiplomacyArticles.Annotate(first));
        new IndexUpdater(root.Location) { Vocabulary = Vocabulary }.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());

        var (reading, segments) = SegmentsReadingTokens(root);
        Assert.That(segments, Is.GreaterThan(1));
        Assert.That(reading, Is.EqualTo(segments));
        AssertSameAnswersAsPositions(root);
    }

    [Test]
    public void An_update_without_the_vocabulary_leaves_its_segment_reading_positions()
    {
        using var root = new TempIndexRoot();
        var first = DiplomacyArticles.All.Take(4).ToList();
        new IndexRebuilder(root.Location) { Vocabulary = Vocabulary }.Rebuild(DiplomacyArticles.Records(first), DiplomacyArticles.Annotate(first));
        new IndexUpdater(root.Location).Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());

        var (reading, segments) = SegmentsReadingTokens(root);
        Assert.That(reading, Is.GreaterThan(0).And.LessThan(segments));
        AssertSameAnswersAsPositions(root);
    }

    // How many of the index's segments hold the tokens of the vocabulary's set, of how many.
    private static (int Reading, int Segments) SegmentsReadingTokens(TempIndexRoot root)
    {
        using var analyzer = new ArticleAnalyzer();
        var fingerprint = SpellingPhrases.Of(Vocabulary, analyzer).Fingerprint;
        using var index = new ArticleIndex(root.Path);
        using var lease = index.Lease();
        var engine = (ArticleIndexSearcher)lease.Searcher;
        var leaves = engine.IndexReader.Leaves;
        return (leaves.Count(leaf => engine.HasSpellingTokens(leaf, fingerprint)), leaves.Count);
    }

    private static void AssertSameAnswersAsPositions(TempIndexRoot root)
    {
        using var index = new ArticleIndex(root.Path);
        var tokens = new ArticleSearcher(index, Vocabulary);
        var positions = new ArticleSearcher(index, Vocabulary, index.Analyzer) { ReadsSpellingTokens = false };
        foreach (var text in new[] { "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Xi Jinping Kazakhstan", "Vereinigte Staaten" })
        {
            var request = SearchRequest.For(text, MatchMode.AnyWord) with { Snippets = false };
            var ours = tokens.Search(request);
            var theirs = positions.Search(request);
            Assert.That(ours.Total, Is.EqualTo(theirs.Total).And.GreaterThan(0), text);
            Assert.That(ours.Hits.Select(h => (h.Id, h.Score)), Is.EqualTo(theirs.Hits.Select(h => (h.Id, h.Score))), text);
        }
    }
}
