using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>The five seed articles of data/sample-corpus in an in-memory index, with a parser over all search fields.</summary>
internal sealed class SeedIndex : IDisposable
{
    private readonly RAMDirectory directory = new();

    public SeedIndex(Analyzer analyzer)
    {
        Analyzer = analyzer;
        Articles = LoadSeeds();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var article in Articles)
            {
                var document = new Document
                {
                    new StringField(ArticleFields.Id, article.Name, Field.Store.YES),
                    new StringField("country", "kazakhstan", Field.Store.NO),
                    new TextField(ArticleFields.BodyNeutral, article.Text, Field.Store.NO),
                };
                var languageField = ArticleFields.LanguageFields(article.Language).Body;
                if (languageField != ArticleFields.BodyNeutral)
                {
                    document.Add(new TextField(languageField, article.Text, Field.Store.NO));
                }

                writer.AddDocument(document);
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

    public Query Parse(string query) =>
        new MultiFieldQueryParser(LuceneVersion.LUCENE_48, [.. ArticleFields.SearchFields], Analyzer).Parse(query);

    public QueryTerms Terms(string query) => QueryTerms.From(Parse(query), Reader);

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }

    private static List<SeedArticle> LoadSeeds()
    {
        var folder = Path.Combine(RepositoryRoot(), "data", "sample-corpus");
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

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SearchPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SearchPortal.sln not found above the test directory.");
    }
}
