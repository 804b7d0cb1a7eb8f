using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>A rebuild whose workers flush along the way (a large corpus, or here a tiny buffer) keeps one segment per worker.</summary>
public sealed class RebuildSegmentsTests
{
    [Test]
    public void A_rebuild_whose_workers_flushed_many_times_keeps_one_segment_per_worker()
    {
        using var root = new TempIndexRoot();
        var vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var pipeline = new IngestionPipeline(vocabulary);
        var report = new IndexRebuilder(root.Location, root.Analyzer, new IndexingOptions(Workers: 2, RamBufferMb: 0.5))
            .Rebuild(pipeline.Sources.Read([RepositoryLocator.SharedCorpus("centralasia_en")]), pipeline.Annotator.Annotate);

        using var index = new SearchPortal.Search.Searching.ArticleIndex(root.Path);
        using var lease = index.Lease();
        var reader = lease.Searcher.IndexReader;
        Assert.That(reader.NumDocs, Is.EqualTo(report.Indexed).And.GreaterThan(400));
        Assert.That(reader.Leaves, Has.Count.EqualTo(2), "one segment per worker");
    }
}
