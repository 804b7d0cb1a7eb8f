using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Sources read, annotated and indexed the way the indexer CLI does it (language detection, derived titles, the
/// repository's vocabulary), in a temporary index root, with the portal's searcher over it.
/// </summary>
internal sealed class RelevanceArchive : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sp-relevance-" + Guid.NewGuid().ToString("N"));
    private readonly ArticleAnalyzer analyzer;
    private readonly ArticleAnalyzer? writing;
    private readonly ArticleIndex index;

    /// <param name="analyzer">The article analyzer to index and search with; disposed with the archive.</param>
    /// <param name="writingAnalyzer">Another analyzer to index with (one writing spelling tokens); disposed with the archive.</param>
    public RelevanceArchive(IReadOnlyList<string> sources, ArticleAnalyzer analyzer, ArticleAnalyzer? writingAnalyzer = null)
    {
        this.analyzer = analyzer;
        writing = writingAnalyzer;
        var vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var pipeline = new IngestionPipeline(vocabulary);
        new IndexRebuilder(new IndexLocation(root), writingAnalyzer ?? analyzer).Rebuild(pipeline.Sources.Read(sources), pipeline.Annotator.Annotate);
        index = new ArticleIndex(root);
        Vocabulary = vocabulary;
        Searcher = new ArticleSearcher(index, vocabulary, analyzer);
    }

    public ArticleSearcher Searcher { get; }

    /// <summary>The analyzer the archive searches with (and indexed with, unless it was given another).</summary>
    public ArticleAnalyzer Analyzer => analyzer;

    /// <summary>The analyzer the archive indexed with.</summary>
    public ArticleAnalyzer WritingAnalyzer => writing ?? analyzer;

    /// <summary>The index the archive built, for tests that compare the engine's searcher with Lucene's own.</summary>
    public ArticleIndex Index => index;

    /// <summary>The repository's vocabulary the archive was annotated with.</summary>
    public FacetVocabulary Vocabulary { get; }

    /// <summary>Runs every query of <paramref name="collection"/> for its top <paramref name="count"/> articles.</summary>
    public Dictionary<string, List<(string Id, double Score)>> Run(JudgedCollection collection, int count, bool translate = true) =>
        collection.Queries.ToDictionary(
            query => query.Id,
            query => Searcher.TopIds(query.Text, count, MatchMode.AnyWord, translate).Select(hit => (hit.Id, (double)hit.Score)).ToList(),
            StringComparer.Ordinal);

    /// <summary>
    /// Runs every query of <paramref name="collection"/> as the portal asks it: all words then any, with the page's facets,
    /// the notices and the bounds of a reader's search.
    /// </summary>
    public Dictionary<string, List<(string Id, double Score)>> RunAsPortal(JudgedCollection collection, int count) =>
        collection.Queries.ToDictionary(
            query => query.Id,
            query => Searcher.Search(SearchRequest.For(query.Text, MatchMode.AllWordsThenAny) with { PageSize = count, Snippets = false })
                .Hits.Select(hit => (hit.Id, (double)hit.Score)).ToList(),
            StringComparer.Ordinal);

    public void Dispose()
    {
        index.Dispose();
        analyzer.Dispose();
        writing?.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
