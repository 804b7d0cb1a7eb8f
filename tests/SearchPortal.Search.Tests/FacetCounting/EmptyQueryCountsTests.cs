using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>
/// The counts of an empty query come from each segment's cached census: they must follow the index when an update
/// deletes articles from a segment the searcher keeps, and when it adds a segment.
/// </summary>
public sealed class EmptyQueryCountsTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoFilters = [];

    private readonly string root = Path.Combine(Path.GetTempPath(), "sp-census-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void Remove()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void An_empty_query_counts_every_live_article_before_and_after_an_update_deletes_some()
    {
        using var analyzer = new ArticleAnalyzer();
        var vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var pipeline = new IngestionPipeline(vocabulary);
        var location = new IndexLocation(root);
        var news = new GeneratedNews(vocabulary, seed: 7);
        var first = news.Articles("a", 300).ToList();
        new IndexRebuilder(location, analyzer).Rebuild(first, pipeline.Annotator.Annotate);
        using var index = new ArticleIndex(root);
        var searcher = new ArticleSearcher(index, vocabulary, analyzer);
        var reference = new DrillSidewaysReference(index, analyzer, vocabulary);
        reference.Compare(searcher, string.Empty, NoFilters, "after the rebuild");

        // Every third article goes and new ones come: the first segment stays, with deletions, beside a new one.
        new IndexUpdater(location, analyzer) { MaxRemovedShare = 1 }.Update(
            first.Where((_, i) => i % 3 != 0).Concat(news.Articles("b", 50)), pipeline.Annotator.Annotate);
        index.Refresh();

        reference.Compare(searcher, string.Empty, NoFilters, "after the update");
        Assert.That(searcher.Search(new SearchRequest(string.Empty, NoFilters, MatchMode.AllWords, Snippets: false)).Total, Is.EqualTo(250));
    }

    [Test]
    public void An_empty_query_searched_in_parallel_runs_counts_as_one_run_does()
    {
        using var analyzer = new ArticleAnalyzer();
        var vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var pipeline = new IngestionPipeline(vocabulary);
        var location = new IndexLocation(root);
        var news = new GeneratedNews(vocabulary, seed: 8);
        var first = news.Articles("a", 200).ToList();
        new IndexRebuilder(location, analyzer).Rebuild(first, pipeline.Annotator.Annotate);
        new IndexUpdater(location, analyzer) { MaxRemovedShare = 1 }.Update(first.Skip(20).Concat(news.Articles("b", 100)), pipeline.Annotator.Annotate);
        using var index = new ArticleIndex(root);

        new DrillSidewaysReference(index, analyzer, vocabulary).Compare(
            new ArticleSearcher(index, vocabulary, analyzer) { Slices = 3, SlicedFromDocs = 1 }, string.Empty, NoFilters, "three runs");
    }
}
