using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Querying;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Analysis;

/// <summary>Compound parts checked end to end: indexed and parsed with the article analyzer, read by the portal's parser.</summary>
public class GermanCompoundSearchTests
{
    private RAMDirectory directory = null!;
    private DirectoryReader reader = null!;
    private Analyzer analyzer = null!;

    [OneTimeSetUp]
    public void IndexSeedAndControls()
    {
        directory = new RAMDirectory();
        analyzer = new ArticleAnalyzer();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new ArticleSimilarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            Add(writer, "seed-001", RepositoryFiles.SeedArticle("001"));
            Add(writer, "wirtschaft", "Die Wirtschaftszusammenarbeit beider Länder wurde vertieft.");
            Add(writer, "ordinary", "Die Information über die Bedingungen der Regierung wurde veröffentlicht.");
            Add(writer, "wahl-compound", "Die Parlamentswahlen im Herbst entschieden über die neue Regierung.");
            Add(writer, "wahl-apart", "Bei den Wahlen zum Parlament im Herbst ging es um die neue Regierung.");
            Add(writer, "wahl-one-part", "Das Parlament tagte im Herbst über die neue Regierung.");
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

    [TestCase("Konsulat", "seed-001")]
    [TestCase("Generalkonsulats", "seed-001")]
    [TestCase("Treffen", "seed-001")]
    [TestCase("Minister", "seed-001")]
    [TestCase("Außenministertreffen", "seed-001")]
    [TestCase("Aussenministertreffen", "seed-001")]
    [TestCase("Zusammenarbeit", "seed-001", "wirtschaft")]
    [TestCase("Wirtschaftszusammenarbeit", "wirtschaft")]
    [TestCase("Wirtschaft", "wirtschaft")]
    [TestCase("Strategie", "seed-001")]
    public void Word_finds_the_articles_holding_it_alone_or_inside_a_compound(string query, params string[] expected)
    {
        Assert.That(Search(query), Is.EquivalentTo(expected));
    }

    [TestCase("Format")]
    [TestCase("Ding")]
    [TestCase("Gier")]
    [TestCase("Formation")]
    public void Fragments_of_ordinary_words_find_nothing(string query)
    {
        Assert.That(Search(query), Does.Not.Contain("ordinary"));
    }

    [Test]
    public void A_compound_also_finds_its_parts_written_apart_but_ranks_the_compound_first()
    {
        Assert.That(Search("Parlamentswahlen"), Is.EqualTo(new[] { "wahl-compound", "wahl-apart" }));
    }

    [Test]
    public void One_part_of_a_compound_alone_does_not_match_it()
    {
        Assert.That(Search("Parlamentswahlen"), Does.Not.Contain("wahl-one-part"));
    }

    [Test]
    public void A_quoted_compound_is_matched_only_whole()
    {
        Assert.That(Search("\"Parlamentswahlen\""), Is.EqualTo(new[] { "wahl-compound" }));
    }

    private List<string> Search(string text)
    {
        var query = new ArticleQueryParser(analyzer, new FacetVocabulary([], [], [])).Parse(text).Query;
        var searcher = new IndexSearcher(reader) { Similarity = new ArticleSimilarity() };
        TopDocs top = searcher.Search(query, 10);
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(ArticleFields.Id)).ToList();
    }

    private static void Add(IndexWriter writer, string id, string body)
    {
        // A German article without a title, as the indexer writes it.
        var article = new Article(id, string.Empty, body, ArticleLanguage.German, null, null, null, null);
        writer.AddDocument(new ReusableArticleDocument().Fill(new AnnotatedArticle(article, ArticleFacets.None, id)));
    }
}
