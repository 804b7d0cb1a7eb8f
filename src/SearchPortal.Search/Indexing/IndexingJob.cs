using Lucene.Net.Analysis;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Indexing;

/// <summary>
/// What a rebuild and an update share: the index root and options, the root's write lock and the analyzer held for the
/// whole run, and one indexing pass in which each record is annotated, filled into its worker's document and written.
/// </summary>
public abstract class IndexingJob
{
    private readonly Analyzer? analyzer;

    /// <param name="indexAnalyzer">The analyzer to write with; null for the archive's own, made for each run.</param>
    private protected IndexingJob(IndexLocation location, Analyzer? indexAnalyzer, IndexingOptions? options)
    {
        Location = location ?? throw new ArgumentNullException(nameof(location));
        analyzer = indexAnalyzer;
        Options = options ?? IndexingOptions.Default;
    }

    private protected IndexLocation Location { get; }

    private protected IndexingOptions Options { get; }

    private protected int Workers => Math.Max(1, Options.Workers);

    /// <summary>
    /// The vocabulary whose spellings of several words the index writes as one token each, so that a name query reads
    /// one term per spelling instead of its words' positions (<see cref="SpellingPhrases"/>); null writes none. Used
    /// with the archive's own analyzer, not with one given to the constructor, which brings its own.
    /// </summary>
    public FacetVocabulary? Vocabulary { get; init; }

    /// <exception cref="IndexBusyException">Another rebuild or update holds the lock.</exception>
    /// <exception cref="IndexCorruptException">The live generation an update writes to cannot be read as an index.</exception>
    private protected TReport UnderLock<TReport>(IEnumerable<IngestRecord> records, Func<Article, AnnotatedArticle> annotate, Func<Analyzer, TReport> work)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotate);
        using var held = IndexWriteLock.Acquire(Location);
        GenerationRetention.RemoveLeftovers(Location);
        using var own = analyzer is null ? OwnAnalyzer() : null;
        return LuceneFailures.Translated(Location.RootPath, () => work(analyzer ?? own!));
    }

    private ArticleAnalyzer OwnAnalyzer()
    {
        if (Vocabulary is null)
        {
            return new ArticleAnalyzer();
        }

        using var plain = new ArticleAnalyzer();
        return new ArticleAnalyzer(SpellingPhrases.Of(Vocabulary, plain));
    }

    /// <summary>
    /// Feeds the records to the workers; <paramref name="write"/> writes one annotated article with the worker's document
    /// and returns false when it left the index as it was. A record that cannot be annotated or written is skipped with its reason.
    /// </summary>
    private protected void IndexAll(
        IEnumerable<IngestRecord> records,
        Analyzer analyzer,
        IndexRun run,
        Func<int, AnnotatedArticle, ReusableArticleDocument, bool> write,
        IProgress<IndexingProgress>? progress,
        CancellationToken cancellation)
    {
        var documents = Enumerable.Range(0, Workers).Select(_ => new ReusableArticleDocument((analyzer as ArticleAnalyzer)?.SpellingPhrases?.Fingerprint)).ToArray();
        RecordFeeder.Run(records, Workers, (worker, record) =>
        {
            if (run.Annotate(record) is not { } annotated)
            {
                return;
            }

            try
            {
                if (write(worker, annotated, documents[worker]))
                {
                    run.CountIndexed();
                }
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or ObjectDisposedException))
            {
                run.Skip(record, $"indexing failed: {ex.GetType().Name}: {ex.Message}");
            }
        }, run, progress, cancellation);
    }
}
