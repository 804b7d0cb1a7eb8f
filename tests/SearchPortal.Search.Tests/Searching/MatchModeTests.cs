using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

public sealed class MatchModeTests
{
    // Putin is met in Astana, Rahmon in Dushanbe: no article has both.
    private const string DisjointWords = "Putin Rahmon";

    private SampleIndex sample = null!;

    [OneTimeSetUp]
    public void Build() => sample = new SampleIndex();

    [OneTimeTearDown]
    public void Remove() => sample.Dispose();

    private SearchResponse Search(string query, MatchMode match) =>
        sample.Searcher.Search(SearchRequest.For(query, match) with { PageSize = 20, Snippets = false });

    [Test]
    public void All_words_then_any_widens_to_any_word_with_a_notice_when_no_article_has_every_word()
    {
        var all = Search(DisjointWords, MatchMode.AllWords);
        var any = Search(DisjointWords, MatchMode.AnyWord);
        var widened = Search(DisjointWords, MatchMode.AllWordsThenAny);

        Assert.That((all.Total, all.Matched, all.Notice), Is.EqualTo((0, MatchMode.AllWords, (string?)null)));
        Assert.That(any.Total, Is.GreaterThan(1));
        Assert.That((any.Matched, any.Notice), Is.EqualTo((MatchMode.AnyWord, (string?)null)));
        Assert.That(widened.Hits.Select(h => h.Id), Is.EqualTo(any.Hits.Select(h => h.Id)));
        Assert.That((widened.Matched, widened.Notice), Is.EqualTo((MatchMode.AnyWord, ArticleSearcher.AnyWordNotice)));
    }

    [Test]
    public void All_words_then_any_follows_the_few_articles_with_every_word_by_those_with_some_and_says_so()
    {
        // One sample article reports Tokayev's telephone talks; the others name Tokayev only.
        var all = Search("Tokayev telephone", MatchMode.AllWords);
        var first = Search("Tokayev telephone", MatchMode.AllWordsThenAny);

        Assert.That(all.Total, Is.InRange(1, ArticleSearcher.WidenBelow - 1));
        Assert.That(first.Total, Is.GreaterThan(all.Total));
        Assert.That(first.Hits.Take(all.Total).Select(h => h.Id), Is.EquivalentTo(all.Hits.Select(h => h.Id)));
        Assert.That((first.Matched, first.Notice), Is.EqualTo((MatchMode.AnyWord,
            $"Few articles have all of these words ({all.Total}); articles with some of them follow.")));
    }

    [Test]
    public void All_words_then_any_keeps_the_all_word_answer_when_widening_finds_no_more()
    {
        var all = Search("Tokayev", MatchMode.AllWords);
        var first = Search("Tokayev", MatchMode.AllWordsThenAny);

        Assert.That(first.Hits.Select(h => h.Id), Is.EqualTo(all.Hits.Select(h => h.Id)));
        Assert.That((first.Matched, first.Notice), Is.EqualTo((MatchMode.AllWords, (string?)null)));
    }

    [Test]
    public void Under_all_words_a_correction_finding_no_article_with_all_its_words_is_not_offered()
    {
        var any = Search("Putin Rahmn", MatchMode.AnyWord);
        Assert.That(any.DidYouMean, Is.Not.Null, "any word: the correction finds more");
        Assert.That(Search(any.DidYouMean!, MatchMode.AllWords).Total, Is.Zero);

        Assert.That(Search("Putin Rahmn", MatchMode.AllWords).DidYouMean, Is.Null);
        Assert.That(Search("Putin Rahmn", MatchMode.AllWordsThenAny).DidYouMean, Is.Null);
    }

    [Test]
    public void Under_all_words_a_correction_finding_articles_with_all_its_words_is_offered()
    {
        var response = Search("Mirziyoev", MatchMode.AllWordsThenAny);

        Assert.That(response.DidYouMean, Is.EqualTo("Mirziyoyev"));
        Assert.That(Search(response.DidYouMean!, MatchMode.AllWords).Total, Is.EqualTo(2));
    }
}
