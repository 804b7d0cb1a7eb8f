using SearchPortal.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Schema;

public sealed class ArticleDocumentFactoryTests
{
    [Test]
    public void Stored_document_reads_back_as_the_article_with_facets_evidence_and_details()
    {
        var original = DiplomacyArticles.ById("en-tokayev-xi-call");
        using var reader = IndexOf(original);

        var view = SearchHitReader.ToView(reader.Document(0), ArticleDocumentReader.ReadText(reader, 0), []);

        var article = original.Article;
        Assert.That(
            (view.Id, view.Title, view.Text, view.Language, view.Date, view.Source, view.Url),
            Is.EqualTo((article.Id, article.Title, article.Text, article.Language, article.Date, article.Source, article.Url)));
        Assert.That(view.Facets.Countries.Select(c => c.Value), Is.EqualTo(new[] { "Kazakhstan", "China" }));
        Assert.That(view.Facets.Countries[0].Evidence, Is.EqualTo(original.Facets.Countries[0].Evidence));
        Assert.That(view.Facets.Officials[0].Detail, Is.EqualTo("President, Kazakhstan"));
        Assert.That(view.Facets.YearNumber, Is.EqualTo(2021));
        Assert.That(view.Facets.Formats.Single().Value, Is.EqualTo("Bilateral"));
    }

    [Test]
    public void Result_list_entry_comes_from_doc_values_alone()
    {
        var original = DiplomacyArticles.ById("en-sco-astana");
        using var reader = IndexOf(original);
        var leaf = reader.Leaves[0].AtomicReader;

        var hit = SearchHitReader.ReadHit(leaf, 0, 1.5f, []);

        Assert.That((hit.Id, hit.Title, hit.Date, hit.Language, hit.Source), Is.EqualTo(
            ("en-sco-astana", "SCO summit in Astana adopts declaration", (DateOnly?)new DateOnly(2024, 7, 4), "en", "Astana Times")));
        Assert.That(hit.Facets.Countries, Is.EquivalentTo(new[] { "Kazakhstan", "China", "Russia" }));
        Assert.That(hit.Facets.Officials, Has.Count.EqualTo(3));
        Assert.That(hit.Facets.Year, Is.EqualTo(2024));
        Assert.That(ArticleDocumentReader.ReadContentHash(leaf, 0), Is.EqualTo(original.ContentHash));
    }

    [Test]
    public void The_content_hash_is_kept_once_as_a_doc_value_and_not_stored()
    {
        var original = DiplomacyArticles.ById("en-sco-astana");
        using var reader = IndexOf(original);

        Assert.That(ArticleDocumentReader.ReadContentHash(reader.Leaves[0].AtomicReader, 0), Is.EqualTo(original.ContentHash));
        Assert.That(reader.Document(0).Get(ArticleFields.ContentHash), Is.Null);
    }

    [Test]
    public void English_bodies_go_through_the_English_chain_alone_and_German_ones_through_the_neutral_chain_too()
    {
        using var english = IndexOf(DiplomacyArticles.ById("en-sco-astana"));
        using var german = IndexOf(DiplomacyArticles.ById("de-almaty-treffen"));

        Assert.That(english.Leaves[0].AtomicReader.GetTerms(ArticleFields.BodyNeutral), Is.Null);
        Assert.That(english.Leaves[0].AtomicReader.GetTerms(ArticleFields.TitleNeutral), Is.Not.Null, "titles keep the neutral chain for suggestions");
        Assert.That(german.Leaves[0].AtomicReader.GetTerms(ArticleFields.BodyNeutral), Is.Not.Null);
    }

    [Test]
    public void Body_fields_carry_offsets_for_snippets_and_the_text_is_kept_as_doc_values()
    {
        var original = DiplomacyArticles.ById("de-almaty-treffen");
        using var reader = IndexOf(original);
        var leaf = reader.Leaves[0].AtomicReader;

        var options = new[] { ArticleFields.BodyGerman, ArticleFields.BodyNeutral, ArticleFields.TitleGerman }
            .Select(field => leaf.FieldInfos.FieldInfo(field).IndexOptions);
        var text = new ArticleTextReader(leaf).Read(0);

        Assert.That(options, Is.EqualTo(new[]
        {
            IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
            IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
            IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        }));
        Assert.That(text, Is.EqualTo(original.Article.Text));
    }

    [Test]
    public void Undated_article_without_source_reads_back_with_nulls()
    {
        using var reader = IndexOf(DiplomacyArticles.ById("de-almaty-treffen"));

        var hit = SearchHitReader.ReadHit(reader.Leaves[0].AtomicReader, 0, 0f, []);

        Assert.That((hit.Date, hit.Source, hit.Language), Is.EqualTo(((DateOnly?)null, (string?)null, "de")));
    }

    [Test]
    public void Evidence_json_round_trips_values_in_order_with_details()
    {
        var facets = DiplomacyArticles.ById("en-xian-summit").Facets;

        var read = FacetEvidenceJson.Read(FacetEvidenceJson.Write(facets));

        Assert.That(read.Countries.Select(c => c.Value), Is.EqualTo(facets.Countries.Select(c => c.Value)));
        Assert.That(read.Officials.Select(o => o.Detail), Is.EqualTo(new[] { "President, China", "President, Kazakhstan" }));
        Assert.That(read.Year?.Value, Is.EqualTo("2023"));
    }

    [Test]
    public void A_headline_is_searched_as_a_title()
    {
        using var reader = IndexOf(DiplomacyArticles.ById("en-sco-astana"));

        Assert.That(reader.DocFreq(new Term(ArticleFields.TitleEnglish, "declar")), Is.EqualTo(1));
        Assert.That(reader.DocFreq(new Term(ArticleFields.TitleNeutral, "declaration")), Is.EqualTo(1));
    }

    [Test]
    public void A_title_derived_from_the_opening_of_the_text_is_searched_only_as_body_text()
    {
        var text = "Leaders of the Shanghai Cooperation Organisation met in Astana. The summit adopted a declaration.";
        var untitled = DiplomacyArticles.Make(
            "en-untitled", "Leaders of the Shanghai Cooperation Organisation met in Astana", "en", null, null, text,
            [], [], 2024, []);
        using var reader = IndexOf(untitled);

        Assert.That(ArticleDocumentFactory.IsDerivedTitle(untitled.Article), Is.True);
        Assert.That(reader.DocFreq(new Term(ArticleFields.TitleEnglish, "leader")), Is.Zero);
        Assert.That(reader.DocFreq(new Term(ArticleFields.TitleNeutral, "leaders")), Is.Zero);
        Assert.That(reader.DocFreq(new Term(ArticleFields.BodyEnglish, "leader")), Is.EqualTo(1));
        Assert.That(SearchHitReader.ToView(reader.Document(0), string.Empty, []).Title, Is.EqualTo(untitled.Article.Title));
    }

    [Test]
    public void Date_sort_key_is_yyyymmdd_and_reads_back()
    {
        var key = ArticleDocumentFactory.DateSortKey(new DateOnly(2024, 8, 9));

        Assert.That(key, Is.EqualTo(20240809L));
        Assert.That(ArticleDocumentReader.FromDateSortKey(key), Is.EqualTo(new DateOnly(2024, 8, 9)));
        Assert.That(ArticleDocumentReader.FromDateSortKey(0), Is.Null);
    }

    private static DirectoryReader IndexOf(Core.Articles.AnnotatedArticle article)
    {
        var directory = new RAMDirectory();
        using (var analyzer = new ArticleAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument(new ReusableArticleDocument().Fill(article));
            writer.Commit();
        }

        return DirectoryReader.Open(directory);
    }
}
