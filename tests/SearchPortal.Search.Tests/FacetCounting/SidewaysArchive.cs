using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>
/// What the drill-sideways reference fixtures share: an index built by the production rebuild, then changed by an update
/// that drops articles and adds others (so it has several segments and deletions), and a searcher over it.
/// </summary>
public abstract class SidewaysArchive
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sp-sideways-" + Guid.NewGuid().ToString("N"));

    private protected ArticleAnalyzer Analyzer { get; private set; } = null!;

    private protected FacetVocabulary Vocabulary { get; private set; } = null!;

    private protected ArticleIndex Index { get; private set; } = null!;

    private protected ArticleSearcher Searcher { get; private set; } = null!;

    [OneTimeSetUp]
    public void Build()
    {
        Analyzer = new ArticleAnalyzer();
        Vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var pipeline = new IngestionPipeline(Vocabulary);
        var location = new IndexLocation(root);
        var (first, second) = Corpus(pipeline);
        new IndexRebuilder(location, Analyzer).Rebuild(first, pipeline.Annotator.Annotate);
        // The update drops articles on purpose, more than an archivist's update may without saying so.
        new IndexUpdater(location, Analyzer) { MaxRemovedShare = 1 }.Update(second, pipeline.Annotator.Annotate);
        Index = new ArticleIndex(root);
        Searcher = new ArticleSearcher(Index, Vocabulary, Analyzer);
    }

    [OneTimeTearDown]
    public void Remove()
    {
        Index.Dispose();
        Analyzer.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void The_index_has_several_segments_and_deleted_articles()
    {
        using var lease = Index.Lease();

        Assert.That(lease.Searcher.IndexReader.Leaves, Has.Count.GreaterThan(1), Describe());
        Assert.That(lease.Searcher.IndexReader.NumDeletedDocs, Is.GreaterThan(0), Describe());
    }

    /// <summary>What the rebuild indexes, then what the update is given: some of the first, and new articles.</summary>
    private protected abstract (IEnumerable<IngestRecord> Rebuilt, IEnumerable<IngestRecord> Updated) Corpus(IngestionPipeline pipeline);

    /// <summary>Said with every failure, e.g. the seed the articles were generated from.</summary>
    protected virtual string Describe() => GetType().Name;
}
