using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The unfiltered list of every article (an empty query), whose first pages the engine keeps per opened index
/// (<see cref="EveryArticlePages"/>): the same pages and counts on every request, newest first, and an index switch
/// shows at once.
/// </summary>
public sealed class EveryArticlePagesTests
{
    private static SearchRequest EveryArticle(int page, int size, SearchSort sort = SearchSort.Relevance) =>
        SearchRequest.For("", MatchMode.AllWordsThenAny) with { Page = page, PageSize = size, Sort = sort, Snippets = false };

    [TestCase(SearchSort.Relevance)]
    [TestCase(SearchSort.Oldest)]
    public void Every_page_of_the_list_comes_in_date_order_the_same_on_every_request(SearchSort sort)
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        var searcher = new ArticleSearcher(index, SearcherFixture.Vocabulary, root.Analyzer);
        var dated = DiplomacyArticles.All.Where(a => a.Article.Date is not null).Select(a => a.Article);
        var expected = (sort == SearchSort.Oldest ? dated.OrderBy(a => a.Date) : dated.OrderByDescending(a => a.Date)).Select(a => a.Id)
            .Concat(DiplomacyArticles.All.Where(a => a.Article.Date is null).Select(a => a.Article.Id)).ToList();

        var first = Enumerable.Range(1, 3).Select(page => searcher.Search(EveryArticle(page, 3, sort))).ToList();
        var again = Enumerable.Range(1, 3).Select(page => searcher.Search(EveryArticle(page, 3, sort))).ToList();

        Assert.That(first.SelectMany(r => r.Hits).Select(h => h.Id), Is.EqualTo(expected));
        Assert.That(again.SelectMany(r => r.Hits).Select(h => h.Id), Is.EqualTo(expected));
        Assert.That(again.Select(r => r.Total), Is.All.EqualTo(expected.Count));
        Assert.That(Counts(again[0]), Is.EqualTo(Counts(first[0])).And.Not.Empty);
    }

    [Test]
    public void An_article_added_by_an_update_leads_the_list_as_soon_as_the_index_switches()
    {
        using var root = new TempIndexRoot();
        var older = DiplomacyArticles.All.Where(a => a.Article.Id != "en-c5-unga").ToList();
        root.Rebuilder.Rebuild(DiplomacyArticles.Records(older), DiplomacyArticles.Annotate(older));
        using var index = new ArticleIndex(root.Path);
        var searcher = new ArticleSearcher(index, SearcherFixture.Vocabulary, root.Analyzer);
        var before = searcher.Search(EveryArticle(1, 5));

        root.Updater.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());
        index.Refresh();
        var after = searcher.Search(EveryArticle(1, 5));

        Assert.That(before.Hits.Select(h => h.Id), Does.Not.Contain("en-c5-unga"));
        Assert.That((after.Hits[0].Id, after.Total), Is.EqualTo(("en-c5-unga", before.Total + 1)));
        Assert.That(Counts(after), Is.Not.EqualTo(Counts(before)));
    }

    [Test]
    public void A_page_past_the_kept_depth_is_collected_as_any_search_is()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        var searcher = new ArticleSearcher(index, SearcherFixture.Vocabulary, root.Analyzer);

        var deep = searcher.Search(EveryArticle(EveryArticlePages.Depth / 2 + 1, 2));

        Assert.That((deep.Total, deep.Hits.Count), Is.EqualTo((DiplomacyArticles.All.Count, 0)));
    }

    private static List<string> Counts(SearchResponse response) =>
        response.Facets.SelectMany(f => f.Values.Select(v => $"{f.Dimension}:{v.Value}={v.Count}")).ToList();
}
