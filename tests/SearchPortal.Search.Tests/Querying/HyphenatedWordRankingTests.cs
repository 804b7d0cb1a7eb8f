using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Querying;

/// <summary>Ranking of a hyphenated word against texts that write it joined, apart, or only in part.</summary>
public sealed class HyphenatedWordRankingTests
{
    private readonly RAMDirectory directory = new();
    private readonly ArticleAnalyzer analyzer = new();
    private DirectoryReader reader = null!;

    [OneTimeSetUp]
    public void IndexArticles()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new ArticleSimilarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            Add(writer, "joined", "Mexico introduced a tax on sugar-sweetened beverages sold in shops and schools.");
            Add(writer, "apart", "Mexico introduced a tax on beverages that were sweetened with sugar in shops and schools.");
            Add(writer, "partial", "Mexico reported that the price of sugar rose in shops and markets last year.");
            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
    }

    [OneTimeTearDown]
    public void Close()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    [Test]
    public void The_joined_form_ranks_first_then_the_parts_apart_then_a_part_alone()
    {
        var query = new ArticleQueryParser(analyzer, QueryTestArchive.Vocabulary).Parse("sugar-sweetened beverages tax").Query;
        var searcher = new IndexSearcher(reader) { Similarity = new ArticleSimilarity() };

        var ids = searcher.Search(query, 10).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(ArticleFields.Id)).ToList();

        Assert.That(ids, Is.EqualTo(new[] { "joined", "apart", "partial" }));
    }

    // An English article without a title, as the indexer writes it.
    private static void Add(IndexWriter writer, string id, string body) => writer.AddDocument(new ReusableArticleDocument().Fill(
        new AnnotatedArticle(new Article(id, string.Empty, body, ArticleLanguage.English, null, null, null, null), ArticleFacets.None, id)));
}
