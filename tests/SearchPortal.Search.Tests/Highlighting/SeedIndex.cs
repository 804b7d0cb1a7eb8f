using Lucene.Net.Analysis;
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
    private readonly RAMDirectory directory = new();

    /// <param name="articles">What to index instead of the seeds.</param>
    /// <param name="segmentPerArticle">Flush after each article, so that every article is a segment of its own.</param>
    public SeedIndex(Analyzer analyzer, IReadOnlyList<SeedArticle>? articles = null, bool segmentPerArticle = false)
    {
        Analyzer = analyzer;
        Articles = articles ?? LoadSeeds();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var seed in Articles)
            {
                var article = new Article(seed.Name, string.Empty, seed.Text, seed.Language, null, null, null, null);
                writer.AddDocument(new ReusableArticleDocument().Fill(new AnnotatedArticle(article, ArticleFacets.None, seed.Name)));
                if (segmentPerArticle)
                {
                    writer.Commit();
                }
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

    /// <summary>The snippets of one article of this index.</summary>
    public List<string> Snippets(SnippetHighlighter highlighter, SeedArticle article, QueryTerms terms, int maxSnippets = 3) =>
        Rendered.Snippets(highlighter.BestSnippets(Reader, [DocOf(article)], terms, maxSnippets)[0]);

    /// <summary>The whole text of one article of this index, one &lt;p&gt; per paragraph.</summary>
    public string Paragraphs(SnippetHighlighter highlighter, SeedArticle article, QueryTerms terms) =>
        Rendered.Paragraphs(highlighter.HighlightAll(Reader, DocOf(article), article.Text, article.Language, terms));

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
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
