using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>
/// Articles (by default the five seeds of data/sample-corpus) in an in-memory index built by the indexer's document
/// code, with a parser over all search fields.
/// </summary>
internal sealed class SeedIndex : IDisposable
{
    private static readonly HashSet<string> BodyFields =
        [ArticleFields.BodyEnglish, ArticleFields.BodyGerman, ArticleFields.BodyNeutral];

    private readonly RAMDirectory directory = new();

    /// <param name="articles">What to index instead of the seeds.</param>
    /// <param name="schema">How the documents are written: as today, or as before body offsets and text doc values.</param>
    /// <param name="segmentPerArticle">Flush after each article, so that every article is a segment of its own.</param>
    public SeedIndex(Analyzer analyzer, IReadOnlyList<SeedArticle>? articles = null, SeedSchema schema = SeedSchema.Current, bool segmentPerArticle = false)
    {
        Analyzer = analyzer;
        Articles = articles ?? LoadSeeds();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            MergePolicy = schema == SeedSchema.UpdatedAndMerged ? new LogByteSizeMergePolicy() : NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < Articles.Count; i++)
            {
                var seed = Articles[i];
                var article = new Article(seed.Name, string.Empty, seed.Text, seed.Language, null, null, null, null);
                var document = new ReusableArticleDocument().Fill(new AnnotatedArticle(article, ArticleFacets.None, seed.Name));
                var old = schema == SeedSchema.WithoutOffsets || (schema == SeedSchema.UpdatedAndMerged && i % 2 == 0);
                writer.AddDocument(old ? WithoutOffsetsOrTextDocValues(document) : document);
                if (segmentPerArticle || schema == SeedSchema.UpdatedAndMerged)
                {
                    writer.Commit();
                }
            }

            if (schema == SeedSchema.UpdatedAndMerged)
            {
                writer.ForceMerge(1);
            }

            writer.Commit();
        }

        Reader = DirectoryReader.Open(directory);
    }

    public Analyzer Analyzer { get; }

    public IReadOnlyList<SeedArticle> Articles { get; }

    public DirectoryReader Reader { get; }

    /// <summary>The seed whose file name starts with <paramref name="number"/>, e.g. "001".</summary>
    public SeedArticle Seed(string number) => Articles.Single(a => a.Name.StartsWith(number, StringComparison.Ordinal));

    /// <summary>The top-level doc id of an article.</summary>
    public int DocOf(SeedArticle article) =>
        new IndexSearcher(Reader).Search(new TermQuery(new Term(ArticleFields.Id, article.Name)), 1).ScoreDocs.Single().Doc;

    public Query Parse(string query) =>
        new MultiFieldQueryParser(LuceneVersion.LUCENE_48, [.. ArticleFields.SearchFields], Analyzer).Parse(query);

    public QueryTerms Terms(string query) => QueryTerms.From(Parse(query), Reader);

    /// <summary>The snippets of <paramref name="docs"/> read from this index.</summary>
    public List<string>[] Highlight(SnippetHighlighter highlighter, int[] docs, QueryTerms terms) =>
        Rendered.Snippets(highlighter.BestSnippets(Reader, docs, terms));

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }

    // The document as the indexer wrote it before snippets read the postings and the text's doc values.
    private static Document WithoutOffsetsOrTextDocValues(IEnumerable<IIndexableField> document)
    {
        var legacy = new Document();
        foreach (var field in document)
        {
            if (BodyFields.Contains(field.Name))
            {
                legacy.Add(new TextField(field.Name, field.GetStringValue(), Field.Store.NO));
            }
            else if (field.Name == ArticleFields.Text)
            {
                // Then the text was a stored field only.
                legacy.Add(new StoredField(ArticleFields.Text, field.GetBinaryValue().Utf8ToString()));
            }
            else
            {
                legacy.Add(field);
            }
        }

        return legacy;
    }

    internal static List<SeedArticle> LoadSeeds()
    {
        var folder = Path.Combine(RepositoryLocator.Root(), "data", "sample-corpus");
        var articles = new List<SeedArticle>();
        foreach (var path in System.IO.Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            // Seed 001 is the German one (see the seeds README); the others are English.
            var language = name.StartsWith("001", StringComparison.Ordinal) ? ArticleLanguage.German : ArticleLanguage.English;
            articles.Add(new SeedArticle(name, language, File.ReadAllText(path)));
        }

        return articles;
    }
}
