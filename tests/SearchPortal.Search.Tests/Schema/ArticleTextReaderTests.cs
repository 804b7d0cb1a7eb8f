using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Schema;

/// <summary>Article texts written deflated by the indexer, and raw as indexes written before compression hold them, read
/// back alike on an English and a German corpus.</summary>
public sealed class ArticleTextReaderTests
{
    private static readonly int[] PrefixLengths = [1, 40, 200, 1000, 10_001];

    private static readonly string[] Sources = [RepositoryLocator.SharedCorpus("centralasia_en"), RepositoryLocator.SharedCorpus("zeitgeist_de")];

    private List<AnnotatedArticle> articles = null!;
    private RAMDirectory directory = null!;
    private DirectoryReader reader = null!;

    [OneTimeSetUp]
    public void Build()
    {
        var vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var pipeline = new IngestionPipeline(vocabulary);
        articles = pipeline.Sources.Read(Sources)
            .Where(record => !record.IsSkipped)
            .Select(record => pipeline.Annotator.Annotate(record.Article!))
            .ToList();
        directory = new RAMDirectory();
        using (var analyzer = new ArticleAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer)))
        {
            var document = new ReusableArticleDocument();
            foreach (var article in articles)
            {
                writer.AddDocument(document.Fill(article));
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        reader?.Dispose();
        directory?.Dispose();
    }

    [Test]
    public void Every_indexed_text_reads_back_whole_and_in_part()
    {
        var texts = new ArticleTextReader(reader.Leaves.Single().AtomicReader);

        Assert.That(reader.MaxDoc, Is.EqualTo(articles.Count));
        for (var doc = 0; doc < articles.Count; doc++)
        {
            var text = articles[doc].Article.Text;
            Assert.That(texts.Read(doc), Is.EqualTo(text), articles[doc].Article.Id);
            foreach (var chars in PrefixLengths)
            {
                Assert.That(texts.Read(doc, chars), Is.EqualTo(Expected(text, chars)), $"{articles[doc].Article.Id} at {chars}");
            }
        }
    }

    [Test]
    public void Long_texts_are_kept_deflated_in_well_under_their_bytes_and_short_ones_raw()
    {
        var values = reader.Leaves.Single().AtomicReader.GetBinaryDocValues(ArticleFields.Text);
        var value = new Lucene.Net.Util.BytesRef();
        long utf8Total = 0, storedTotal = 0;
        for (var doc = 0; doc < articles.Count; doc++)
        {
            var utf8 = Encoding.UTF8.GetBytes(articles[doc].Article.Text);
            values.Get(doc, value);
            var stored = value.Bytes.AsSpan(value.Offset, value.Length);
            utf8Total += utf8.Length;
            storedTotal += stored.Length;
            if (utf8.Length < ArticleTextFormat.ShortestDeflated)
            {
                Assert.That(stored.SequenceEqual(utf8), Is.True, articles[doc].Article.Id);
            }
            else if (stored[0] == ArticleTextFormat.Deflated)
            {
                Assert.That(stored.Length, Is.LessThan(utf8.Length), articles[doc].Article.Id);
            }
        }

        Assert.That(utf8Total, Is.GreaterThan(1_000_000));
        Assert.That(storedTotal, Is.LessThan(utf8Total * 6 / 10));
    }

    [Test]
    public void Every_text_rebuilt_by_the_indexer_reads_back_whole_on_the_article_page_with_its_marks()
    {
        using var archive = new RelevanceArchive(Sources, new ArticleAnalyzer());

        foreach (var article in articles.Select(a => a.Article))
        {
            Assert.That(archive.Searcher.Find(article.Id)?.Text, Is.EqualTo(article.Text), article.Id);
        }

        // A word from the end of the longest German text is marked there: the page reads the text past its start.
        var longest = articles.Select(a => a.Article).Where(a => a.Language == ArticleLanguage.German).MaxBy(a => a.Text.Length)!;
        var word = longest.Text.Split(' ', '\n').Last(w => w.Length >= 8 && w.All(char.IsLetter));
        var page = archive.Searcher.Find(longest.Id, word)!;
        Assert.That(page.Paragraphs.SelectMany(p => p.Pieces()).Where(p => p.Marked).Select(p => p.Text), Has.Some.EqualTo(word), word);
    }

    [Test]
    public void A_text_kept_raw_as_indexes_written_before_compression_hold_it_reads_back_alike()
    {
        foreach (var article in articles)
        {
            var raw = Encoding.UTF8.GetBytes(article.Article.Text);

            Assert.That(ArticleTextReader.Decode(raw), Is.EqualTo(article.Article.Text), article.Article.Id);
            foreach (var chars in PrefixLengths)
            {
                Assert.That(ArticleTextReader.Decode(raw, chars), Is.EqualTo(Expected(article.Article.Text, chars)), $"{article.Article.Id} at {chars}");
            }
        }
    }

    [Test]
    public void A_deflated_text_with_only_whitespace_after_the_part_read_does_not_continue()
    {
        var german = articles.First(a => a.Article.Language == ArticleLanguage.German && a.Article.Text.Length > 2000).Article.Text;
        var start = german[..1000].TrimEnd();
        var padded = start + new string(' ', 4000) + "\u3000\n";
        var cut = start + new string(' ', 4000) + " ende";
        var encoder = new ArticleTextEncoder();

        var paddedValue = encoder.Encode(padded);
        Assert.That(paddedValue.Bytes[paddedValue.Offset], Is.EqualTo(ArticleTextFormat.Deflated));
        Assert.That(ArticleTextReader.Decode(paddedValue.Bytes.AsSpan(paddedValue.Offset, paddedValue.Length), start.Length), Is.EqualTo((start, false)));
        var cutValue = encoder.Encode(cut);
        Assert.That(ArticleTextReader.Decode(cutValue.Bytes.AsSpan(cutValue.Offset, cutValue.Length), start.Length), Is.EqualTo((start, true)));
    }

    // What a reader of the first `chars` characters gets: those characters (a pair of surrogates is not split), and
    // whether more than whitespace follows.
    private static (string Text, bool Continues) Expected(string text, int chars)
    {
        if (text.Length <= chars)
        {
            return (text, false);
        }

        var end = char.IsHighSurrogate(text[chars - 1]) ? chars - 1 : chars;
        return (text[..end], !string.IsNullOrWhiteSpace(text[end..]));
    }
}
