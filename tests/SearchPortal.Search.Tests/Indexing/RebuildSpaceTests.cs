using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>The free-space check before a rebuild, on a disk made tight by a probe (a real full disk is not needed).</summary>
public sealed class RebuildSpaceTests
{
    [Test]
    public void A_rebuild_on_a_disk_without_room_for_the_new_generation_refuses_before_writing_and_says_how_much_it_needs()
    {
        using var root = new TempIndexRoot();
        var previous = root.BuildSample();
        var live = root.BuildSample();
        var liveSize = root.Location.GenerationSize(live.Generation);
        var tight = new IndexLocation(root.Path, new TightDisk(liveSize));

        var error = Assert.Throws<InsufficientSpaceException>(() =>
            new IndexRebuilder(tight, root.Analyzer).Rebuild(DiplomacyArticles.Records(), DiplomacyArticles.Annotate()));

        Assert.That(error!.NeededBytes, Is.EqualTo((long)(liveSize * RebuildSpace.PeakFactor)));
        Assert.That(error.AvailableBytes, Is.EqualTo(liveSize));
        Assert.That(error.Message, Does.Contain("MiB of free space"));
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { previous.Generation, live.Generation }), "nothing written");
        Assert.That(root.Location.CurrentGeneration(), Is.EqualTo(live.Generation));
    }

    [Test]
    public void With_enough_room_the_rebuild_runs()
    {
        using var root = new TempIndexRoot();
        var live = root.BuildSample();
        var roomy = new IndexLocation(root.Path, new TightDisk(root.Location.GenerationSize(live.Generation) * 2));

        var rebuilt = new IndexRebuilder(roomy, root.Analyzer).Rebuild(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());

        Assert.That(root.Location.CurrentGeneration(), Is.EqualTo(rebuilt.Generation));
    }

    [Test]
    public void The_real_probe_reads_the_disk_of_a_folder_not_created_yet()
    {
        var available = DriveFreeSpace.Instance.AvailableBytes(Path.Combine(Path.GetTempPath(), "sp-" + Guid.NewGuid().ToString("N"), "index"));

        Assert.That(available, Is.GreaterThan(0));
    }

    private sealed class TightDisk(long available) : IFreeSpaceProbe
    {
        public long? AvailableBytes(string path) => available;
    }
}
