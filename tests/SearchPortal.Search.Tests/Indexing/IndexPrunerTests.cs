using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Tests.Indexing;

public sealed class IndexPrunerTests
{
    [Test]
    public void Prune_keeps_the_live_generation_and_the_newest_older_ones_up_to_the_count()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var previous = root.BuildSample();
        // A generation a killed run left, older than every real one (a new one may reuse a deleted one's timestamp name).
        const string extra = "g-19990101T000000000";
        Directory.CreateDirectory(root.Location.GenerationPath(extra));
        var live = root.BuildSample();
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { previous.Generation, live.Generation }));

        var report = new IndexPruner(root.Location).Prune(keep: 1);

        Assert.That(report.Removed, Is.EqualTo(new[] { previous.Generation }));
        Assert.That(report.Kept, Is.EqualTo(new[] { live.Generation }));
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { live.Generation }));
        Assert.That(new IndexVerifier(root.Location).Verify().Ok, Is.True);
        Assert.That(root.Location.Generations(), Does.Not.Contain(extra));
    }

    [Test]
    public void Prune_with_room_for_more_than_exist_deletes_nothing()
    {
        using var root = new TempIndexRoot();
        var previous = root.BuildSample();
        var live = root.BuildSample();

        var report = new IndexPruner(root.Location).Prune(keep: 5);

        Assert.That(report.Removed, Is.Empty);
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { previous.Generation, live.Generation }));
    }

    [Test]
    public void Prune_never_guesses_the_live_generation_behind_a_garbage_pointer()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        root.BuildSample();
        File.WriteAllText(Path.Combine(root.Path, "CURRENT"), "garbage");

        Assert.Throws<IndexPointerException>(() => new IndexPruner(root.Location).Prune(keep: 1));
        Assert.That(root.Location.Generations(), Has.Count.EqualTo(2));
    }

    [Test]
    public void Prune_waits_for_no_one_while_a_run_holds_the_lock()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        root.BuildSample();
        using var held = IndexWriteLock.Acquire(root.Location);

        Assert.Throws<IndexBusyException>(() => new IndexPruner(root.Location).Prune(keep: 1));
        Assert.That(root.Location.Generations(), Has.Count.EqualTo(2));
    }
}
