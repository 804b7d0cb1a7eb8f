using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>A CURRENT that cannot be followed, or an index folder deleted, under an index that is or is not serving.</summary>
public sealed class ArticleIndexPointerTests
{
    [TestCase("garbage\n", "names 'garbage', which is not a generation")]
    [TestCase("", "is empty")]
    [TestCase("g-20000101T000000000\n", "names generation g-20000101T000000000, which does not exist")]
    public void A_pointer_that_cannot_be_followed_at_start_is_the_reason_given_not_a_crash(string pointer, string problem)
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        File.WriteAllText(Path.Combine(root.Path, "CURRENT"), pointer);

        using var index = new ArticleIndex(root.Path);

        Assert.That(index.Generation, Is.Null);
        Assert.That(index.LastSwitchFailure?.Reason, Does.Contain(problem));
        var error = Assert.Throws<IndexPointerException>(() => index.Lease());
        Assert.That(error!.Message, Does.Contain(problem));
    }

    [Test]
    public void A_garbage_pointer_under_a_serving_index_keeps_the_open_generation_serving_and_is_reported()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        File.WriteAllText(Path.Combine(root.Path, "CURRENT"), "\u0000\u00ff not a pointer");

        index.Refresh();

        Assert.That(index.Generation, Is.EqualTo(built.Generation));
        using (var lease = index.Lease())
        {
            Assert.That(lease.Searcher.IndexReader.NumDocs, Is.EqualTo(8));
        }

        Assert.That(index.LastSwitchFailure?.Reason, Does.Contain("which is not a generation"));
    }

    [Test]
    public void Deleting_the_index_folder_under_a_serving_index_is_reported_while_the_open_files_keep_answering()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        Assert.That(index.LastSwitchFailure, Is.Null);

        Directory.Delete(root.Path, recursive: true);
        index.Refresh();

        Assert.That(index.LastSwitchFailure?.Reason, Does.Contain("No search index found at " + root.Path));
        Assert.That(index.Generation, Is.EqualTo(built.Generation));
    }

    [Test]
    public void Deleting_the_served_generation_folder_is_reported()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();
        using var index = new ArticleIndex(root.Path);

        Directory.Delete(root.Location.GenerationPath(built.Generation), recursive: true);
        index.Refresh();

        Assert.That(index.LastSwitchFailure?.Reason, Does.Contain($"names generation {built.Generation}, which does not exist"));
    }

    [Test]
    public void A_rebuild_over_a_garbage_pointer_switches_in_and_clears_the_failure()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();
        File.WriteAllText(Path.Combine(root.Path, "CURRENT"), "garbage");
        using var index = new ArticleIndex(root.Path);

        var rebuilt = root.BuildSample();
        index.Refresh();

        Assert.That((index.Generation, index.LastSwitchFailure), Is.EqualTo((rebuilt.Generation, (SwitchFailure?)null)));
        Assert.That(rebuilt.PreviousGeneration, Is.EqualTo(first.Generation), "the last good generation is kept as the previous one");
        Assert.That(root.Location.Generations(), Is.EqualTo(new[] { first.Generation, rebuilt.Generation }));
    }
}
