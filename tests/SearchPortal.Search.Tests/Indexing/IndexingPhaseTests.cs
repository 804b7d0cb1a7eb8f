using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>The phases a rebuild and an update report, so that a display can say what a long pause after the last record is.</summary>
public sealed class IndexingPhaseTests
{
    [Test]
    public void Rebuild_reports_indexing_then_committing_then_checking_once_all_records_are_read()
    {
        using var root = new TempIndexRoot();
        var reports = new List<IndexingProgress>();

        root.Rebuilder.Rebuild(DiplomacyArticles.Records(), DiplomacyArticles.Annotate(), new Recorder(reports));

        Assert.That(reports.Select(r => r.Phase).Distinct(), Is.EqualTo(new[] { IndexingPhase.Indexing, IndexingPhase.Committing, IndexingPhase.Checking }));
        var committing = reports.Single(r => r.Phase == IndexingPhase.Committing);
        Assert.That((committing.Read, committing.Indexed), Is.EqualTo((8, 8)));
        Assert.That(reports.Single(r => r.Phase == IndexingPhase.Checking).Indexed, Is.EqualTo(8));
    }

    [Test]
    public void Update_reports_committing_after_indexing_and_no_check()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var reports = new List<IndexingProgress>();

        root.Updater.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate(), new Recorder(reports));

        Assert.That(reports.Select(r => r.Phase).Distinct(), Is.EqualTo(new[] { IndexingPhase.Indexing, IndexingPhase.Committing }));
        Assert.That(reports[^1].Phase, Is.EqualTo(IndexingPhase.Committing));
    }

    /// <summary>Keeps every report, synchronously on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Recorder(List<IndexingProgress> reports) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value) => reports.Add(value);
    }
}
