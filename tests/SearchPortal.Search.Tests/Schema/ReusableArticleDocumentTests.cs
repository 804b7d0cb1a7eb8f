using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Schema;

public sealed class ReusableArticleDocumentTests
{
    [Test]
    public void Every_refill_holds_exactly_the_fields_of_a_fresh_document_whatever_came_before()
    {
        var reused = new ReusableArticleDocument();
        var articles = DiplomacyArticles.All;

        // Forwards, then backwards: each article follows ones with more and with fewer countries, officials, dates.
        foreach (var annotated in articles.Concat(articles.Reverse()))
        {
            var refilled = reused.Fill(annotated).Select(Describe).ToList();
            var fresh = new ReusableArticleDocument().Fill(annotated).Select(Describe).ToList();

            Assert.That(refilled, Is.EqualTo(fresh), annotated.Article.Id);
        }
    }

    [Test]
    public void An_index_written_with_one_reused_document_finds_each_article_by_its_own_facet_values()
    {
        var articles = DiplomacyArticles.All;
        var directory = new RAMDirectory();
        using (var analyzer = new ArticleAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleAnalyzer.Version, analyzer)))
        {
            var reused = new ReusableArticleDocument();
            foreach (var annotated in articles)
            {
                writer.AddDocument(reused.Fill(annotated));
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        foreach (var country in articles.SelectMany(a => a.Facets.Countries).Select(c => c.Value).Distinct())
        {
            var expected = articles.Where(a => a.Facets.Countries.Any(c => c.Value == country)).Select(a => a.Article.Id);
            var found = searcher.Search(new TermQuery(new Term(ArticleFields.Country, country)), 100).ScoreDocs
                .Select(hit => reader.Document(hit.Doc).Get(ArticleFields.Id));

            Assert.That(found, Is.EquivalentTo(expected), country);
        }
    }

    private static string Describe(IIndexableField field)
    {
        var type = field.IndexableFieldType;
        // Binary values as hex: the deflated text is no UTF-8.
        var value = field.GetStringValue() ?? (field.GetBinaryValue() is { } bytes ? Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length) : null) ?? (field.NumericType == Lucene.Net.Documents.NumericFieldType.NONE ? null : field.GetInt64Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"{field.Name}|{type.IsIndexed}|{type.IsStored}|{type.IsTokenized}|{type.IndexOptions}|{type.DocValueType}|{value}";
    }
}
