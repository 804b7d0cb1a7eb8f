using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Indexing;

public sealed class RealCorpusRebuildTests
{
    [Test]
    public void Central_Asia_corpus_rebuilds_completely_and_is_searchable()
    {
        var path = SharedCorpus.PathOf("centralasia_en");
        using var root = new TempIndexRoot();
        var records = SharedCorpus.Read(path).ToList();
        static AnnotatedArticle Plain(Article a) => new(a, ArticleFacets.None, a.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var report = root.Rebuilder.Rebuild(records, Plain);

        Assert.That(report.Indexed + report.Skipped.Count, Is.EqualTo(records.Count));
        Assert.That(IndexStats.Read(root.Location).Documents, Is.EqualTo(report.Indexed));
        Assert.That(new IndexVerifier(root.Location).Verify().Ok, Is.True);
        using var index = new ArticleIndex(root.Path);
        using var fixture = new SearcherFixture(index);
        var response = fixture.Searcher.Search(SearchRequest.For("Tashkent", MatchMode.AnyWord));
        Assert.That(response.Total, Is.GreaterThan(0));
        Assert.That(response.Hits[0].Snippets, Is.Not.Empty);
    }
}
