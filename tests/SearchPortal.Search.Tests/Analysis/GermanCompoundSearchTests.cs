using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Analysis;

/// <summary>Compound parts checked end to end: index with the index-time analyzer, parse with the query-time one.</summary>
public class GermanCompoundSearchTests
{
    private RAMDirectory directory = null!;
    private DirectoryReader reader = null!;
    private Analyzer queryAnalyzer = null!;

    [OneTimeSetUp]
    public void IndexSeedAndControls()
    {
        directory = new RAMDirectory();
        using (var indexAnalyzer = new ArticleAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, indexAnalyzer)))
        {
            Add(writer, "seed-001", RepositoryFiles.SeedArticle("001"));
            Add(writer, "wirtschaft", "Die Wirtschaftszusammenarbeit beider Länder wurde vertieft.");
            Add(writer, "ordinary", "Die Information über die Bedingungen der Regierung wurde veröffentlicht.");
            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        queryAnalyzer = ArticleAnalyzer.ForQueries();
    }

    [OneTimeTearDown]
    public void Close()
    {
        reader.Dispose();
        directory.Dispose();
        queryAnalyzer.Dispose();
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
    public void Query_for_a_compound_is_one_term_not_an_or_of_its_parts()
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, ArticleFields.BodyGerman, queryAnalyzer);

        Query query = parser.Parse("Außenministertreffen");

        Assert.That(query, Is.TypeOf<TermQuery>());
    }

    private List<string> Search(string text)
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, ArticleFields.BodyGerman, queryAnalyzer);
        var searcher = new IndexSearcher(reader);
        TopDocs top = searcher.Search(parser.Parse(text), 10);
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(ArticleFields.Id)).ToList();
    }

    private static void Add(IndexWriter writer, string id, string body)
    {
        writer.AddDocument(new Document
        {
            new StringField(ArticleFields.Id, id, Field.Store.YES),
            new TextField(ArticleFields.BodyGerman, body, Field.Store.NO),
        });
    }
}
