using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>What a killed run leaves behind (pointer temp files, half-built generations) goes at the start of the next run.</summary>
public sealed class GenerationRetentionTests
{
    [Test]
    public void The_next_rebuild_removes_pointer_temp_files_and_half_built_generations_and_keeps_live_and_previous()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();
        var second = root.BuildSample();
        var halfBuilt = HalfBuilt(root.Location);
        var neverSwitched = root.Location.NewGeneration();
        File.WriteAllText(Path.Combine(root.Location.GenerationPath(neverSwitched), "segments_1"), "committed, never switched in");
        var temp = Path.Combine(root.Path, "CURRENT.0123456789abcdef.tmp");
        File.WriteAllText(temp, halfBuilt);

        var third = root.BuildSample();

        Assert.That(File.Exists(temp), Is.False);
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { second.Generation, third.Generation }));
        Assert.That(first.Generation, Is.Not.EqualTo(second.Generation));
    }

    [Test]
    public void An_update_removes_leftovers_too_and_keeps_the_live_generation_it_writes_to()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        var halfBuilt = HalfBuilt(root.Location);

        var report = root.Updater.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());

        Assert.That(report.Generation, Is.EqualTo(built.Generation));
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { built.Generation }));
        Assert.That(root.Location.Generations(), Does.Not.Contain(halfBuilt));
    }

    [Test]
    public void With_a_garbage_pointer_only_generations_that_never_completed_are_removed()
    {
        using var root = new TempIndexRoot();
        var good = root.BuildSample();
        var halfBuilt = HalfBuilt(root.Location);
        File.WriteAllText(Path.Combine(root.Path, "CURRENT"), "garbage");

        var removed = GenerationRetention.RemoveLeftovers(root.Location);

        Assert.That(removed, Is.EqualTo(new[] { halfBuilt }));
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { good.Generation }));
    }

    /// <summary>A generation as a rebuild killed mid-way leaves it: part 0 committed, part 1 not yet joined.</summary>
    private static string HalfBuilt(IndexLocation location)
    {
        var name = location.NewGeneration();
        var path = location.GenerationPath(name);
        File.WriteAllText(Path.Combine(path, "segments_1"), "part 0 committed");
        Directory.CreateDirectory(Path.Combine(path, "part-1"));
        File.WriteAllText(Path.Combine(path, "part-1", "_0.fdt"), "part 1 still being written");
        return name;
    }
}
