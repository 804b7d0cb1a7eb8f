using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Querying;

/// <summary>
/// Spellings that differ from another only by punctuation ("U.K." beside "UK") are searched each: they analyze to
/// different terms, and the archive writes both. Indexed by the production rebuild with the shipped vocabulary.
/// </summary>
public sealed class PunctuatedSpellingTests
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sp-punctuated-" + Guid.NewGuid().ToString("N"));
    private ArticleIndex index = null!;
    private ArticleSearcher searcher = null!;

    [OneTimeSetUp]
    public void Build()
    {
        var vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var pipeline = new IngestionPipeline(vocabulary);
        IngestRecord Record(string id, string text) =>
            IngestRecord.Read(id, new Article(id, "Talks in London", text, "en", new DateOnly(2024, 5, 2), "test", null, null));
        new IndexRebuilder(new IndexLocation(root)).Rebuild(
            [
                Record("dotted", "The U.K. foreign secretary met his Kazakh counterpart to discuss trade routes."),
                Record("plain", "The UK foreign secretary met his Uzbek counterpart to discuss water."),
                Record("other", "The French foreign minister met his Kyrgyz counterpart to discuss energy."),
            ],
            pipeline.Annotator.Annotate);
        index = new ArticleIndex(root);
        searcher = new ArticleSearcher(index, vocabulary);
    }

    [OneTimeTearDown]
    public void Remove()
    {
        index.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [TestCase("British")]
    [TestCase("Großbritannien")]
    public void A_country_name_finds_articles_that_write_it_with_and_without_dots(string query)
    {
        var response = searcher.Search(SearchRequest.For(query, MatchMode.AnyWord));

        Assert.That(response.Hits.Select(h => h.Id), Is.EquivalentTo(new[] { "dotted", "plain" }));
    }
}
