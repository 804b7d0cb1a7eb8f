using SearchPortal.Core.Articles;
using SearchPortal.Core.Ingestion;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Indexing;

public sealed class IndexRebuilderTests
{
    [Test]
    public void Rebuild_switches_current_to_a_new_generation_and_reports_what_it_holds()
    {
        using var root = new TempIndexRoot();

        var report = root.BuildSample();

        Assert.That(root.Location.CurrentGeneration(), Is.EqualTo(report.Generation));
        Assert.That(report.Indexed, Is.EqualTo(8));
        Assert.That(report.Languages, Is.EquivalentTo(new Dictionary<string, int> { ["en"] = 5, ["de"] = 2, ["und"] = 1 }));
        var countries = report.TopFacets.First(f => f.Dimension == "country");
        Assert.That((countries.Values[0].Value, countries.Values[0].Count), Is.EqualTo(("Kazakhstan", 7)));
        Assert.That(report.Skipped, Is.Empty);
    }

    [Test]
    public void Unreadable_and_unannotatable_records_are_skipped_and_the_run_goes_on()
    {
        using var root = new TempIndexRoot();
        var records = DiplomacyArticles.Records().Append(IngestRecord.Skipped("test/broken.jsonl:7", "broken", "invalid JSON"));
        var annotate = DiplomacyArticles.Annotate();
        AnnotatedArticle Failing(Article a) => a.Id == "en-c5-unga" ? throw new InvalidOperationException("extractor crashed") : annotate(a);

        var report = root.Rebuilder.Rebuild(records, Failing);

        Assert.That(report.Indexed, Is.EqualTo(7));
        Assert.That(report.Skipped.Select(s => s.Id), Is.EquivalentTo(new[] { "en-c5-unga", "broken" }));
        Assert.That(report.Skipped.First(s => s.Id == "en-c5-unga").Reason, Does.Contain("extractor crashed"));
        Assert.That(report.Skipped.First(s => s.Id == "broken").Origin, Is.EqualTo("test/broken.jsonl:7"));
    }

    [Test]
    public void Failing_source_midway_keeps_the_previous_generation_live_and_leaves_no_stray_directory()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();

        Assert.Throws<IOException>(() => root.Rebuilder.Rebuild(Failing(DiplomacyArticles.Records(), 4), DiplomacyArticles.Annotate()));

        Assert.That(root.Location.CurrentGeneration(), Is.EqualTo(first.Generation));
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { first.Generation }));
        using var index = new ArticleIndex(root.Path);
        using var lease = index.Lease();
        Assert.That(lease.Searcher.IndexReader.NumDocs, Is.EqualTo(8));
    }

    [Test]
    public void Exception_from_progress_aborts_the_rebuild_before_the_switch()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();
        var progress = new ThrowingProgress();

        Assert.Throws<InvalidOperationException>(() => root.Rebuilder.Rebuild(DiplomacyArticles.Records(), DiplomacyArticles.Annotate(), progress));

        Assert.That(progress.Calls, Is.GreaterThan(0));
        Assert.That(root.Location.CurrentGeneration(), Is.EqualTo(first.Generation));
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { first.Generation }));
    }

    [Test]
    public void Cancellation_during_the_run_leaves_no_index_and_no_generation()
    {
        using var root = new TempIndexRoot();
        using var cancel = new CancellationTokenSource();
        var records = DiplomacyArticles.Records().Select((r, i) =>
        {
            if (i == 3)
            {
                cancel.Cancel();
            }

            return r;
        });

        Assert.That(
            () => root.Rebuilder.Rebuild(records, DiplomacyArticles.Annotate(), null, cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());

        Assert.That(root.Location.CurrentGeneration(), Is.Null);
        Assert.That(root.Location.Generations(), Is.Empty);
    }

    [Test]
    public void Second_rebuild_while_one_runs_is_refused_with_a_clear_message()
    {
        using var root = new TempIndexRoot();
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        IEnumerable<IngestRecord> Blocking()
        {
            foreach (var record in DiplomacyArticles.Records())
            {
                inside.Set();
                release.Wait(TimeSpan.FromSeconds(30));
                yield return record;
            }
        }

        var running = Task.Run(() => root.Rebuilder.Rebuild(Blocking(), DiplomacyArticles.Annotate()));
        Assert.That(inside.Wait(TimeSpan.FromSeconds(30)), Is.True);

        var busy = Assert.Throws<IndexBusyException>(() => root.BuildSample());
        var updateBusy = Assert.Throws<IndexBusyException>(() => root.Updater.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate()));
        release.Set();

        Assert.That(busy!.Message, Does.Contain("Another rebuild or update is running"));
        Assert.That(updateBusy!.LockPath, Is.EqualTo(root.Location.LockPath));
        Assert.That(running.Result.Indexed, Is.EqualTo(8));
        Assert.That(root.BuildSample().Indexed, Is.EqualTo(8));
    }

    [Test]
    public void Rebuild_keeps_the_current_and_the_previous_generation_only()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var second = root.BuildSample();

        var third = root.BuildSample();

        Assert.That(third.PreviousGeneration, Is.EqualTo(second.Generation));
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { second.Generation, third.Generation }));
    }

    [Test]
    public void Rebuild_without_any_article_is_refused_and_keeps_the_live_index()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();

        Assert.Throws<InvalidOperationException>(() =>
            root.Rebuilder.Rebuild([IngestRecord.Skipped("x", null, "empty file")], DiplomacyArticles.Annotate()));

        Assert.That(root.Location.CurrentGeneration(), Is.EqualTo(first.Generation));
        Assert.That(root.Location.Generations(), Has.Count.EqualTo(1));
    }

    private static IEnumerable<IngestRecord> Failing(IEnumerable<IngestRecord> records, int after)
    {
        var n = 0;
        foreach (var record in records)
        {
            if (n++ == after)
            {
                throw new IOException("disk read error in the source");
            }

            yield return record;
        }
    }

    private sealed class ThrowingProgress : IProgress<IndexingProgress>
    {
        public int Calls { get; private set; }

        public void Report(IndexingProgress value)
        {
            Calls++;
            throw new InvalidOperationException("progress display failed");
        }
    }
}
