using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

public sealed class ArticleIndexTests
{
    [Test]
    public void Lease_held_across_a_switch_keeps_its_generation_while_new_leases_see_the_new_one()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        var old = index.Lease();

        var fewer = DiplomacyArticles.All.Take(3).ToList();
        var second = root.Rebuilder.Rebuild(DiplomacyArticles.Records(fewer), DiplomacyArticles.Annotate(fewer));
        index.Refresh();
        using (var fresh = index.Lease())
        {
            Assert.That((fresh.Generation, fresh.Searcher.IndexReader.NumDocs), Is.EqualTo((second.Generation, 3)));
        }

        Assert.That((old.Generation, old.Searcher.IndexReader.NumDocs), Is.EqualTo((first.Generation, 8)));
        Assert.That(old.Searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 10).TotalHits, Is.EqualTo(8));
        old.Dispose();
        Assert.That(index.Generation, Is.EqualTo(second.Generation));
    }

    [Test]
    public void Lease_outliving_the_pruning_of_its_generation_and_the_index_itself_still_searches()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();
        var index = new ArticleIndex(root.Path);
        using var old = index.Lease();

        root.BuildSample();
        index.Refresh();
        root.BuildSample();
        index.Refresh();
        using (index.Lease())
        {
            Assert.That(root.Location.Generations(), Does.Not.Contain(first.Generation));
        }

        index.Dispose();

        Assert.That(old.Searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 10).TotalHits, Is.EqualTo(8));
        Assert.DoesNotThrow(old.Dispose);
    }

    [Test]
    public void Searches_running_during_repeated_switches_never_fail()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        using var fixture = new SearcherFixture(index);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var searches = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = fixture.Searcher.Search(SearchRequest.For("Kazakhstan", MatchMode.AnyWord));
                if (response.Total == 0)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref searches);
            }
        })).ToArray();

        for (var i = 0; i < 4; i++)
        {
            root.BuildSample();
            index.Refresh();
        }

        stop.Cancel();
        Task.WaitAll(readers);
        Assert.That(failures, Is.Zero);
        Assert.That(searches, Is.GreaterThan(0));
    }

    [Test]
    public void Missing_index_throws_a_clear_exception_with_the_path()
    {
        using var root = new TempIndexRoot();
        using var index = new ArticleIndex(root.Path);

        var error = Assert.Throws<NoIndexException>(() => index.Lease());

        Assert.That(error!.Message, Does.Contain(root.Location.RootPath));
    }

    [Test]
    public void Index_built_after_start_is_found_on_the_next_refresh()
    {
        using var root = new TempIndexRoot();
        using var index = new ArticleIndex(root.Path);
        Assert.Throws<NoIndexException>(() => index.Lease());

        root.BuildSample();
        Assert.Throws<NoIndexException>(() => index.Lease(), "a lease does not look for generations itself");
        index.Refresh();

        using var lease = index.Lease();
        Assert.That(lease.Searcher.IndexReader.NumDocs, Is.EqualTo(8));
    }

    [Test]
    public void The_published_version_follows_switches_and_a_generation_that_cannot_be_opened_is_reported()
    {
        using var root = new TempIndexRoot();
        var first = root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        Assert.That(index.Version, Is.EqualTo(new IndexVersion(first.Generation, index.Version!.Commit, 8)));

        var broken = root.Location.NewGeneration();
        File.WriteAllText(Path.Combine(root.Location.GenerationPath(broken), "segments_1"), "not an index");
        root.Location.Switch(broken);
        index.Refresh();

        Assert.That(index.Version?.Generation, Is.EqualTo(first.Generation), "the previous generation keeps serving");
        Assert.That(index.LastSwitchFailure?.Generation, Is.EqualTo(broken));
        Assert.That(index.LastSwitchFailure?.Reason, Does.Contain(broken));

        var fewer = DiplomacyArticles.All.Take(3).ToList();
        var third = root.Rebuilder.Rebuild(DiplomacyArticles.Records(fewer), DiplomacyArticles.Annotate(fewer));
        index.Refresh();

        Assert.That(index.Version, Is.EqualTo(new IndexVersion(third.Generation, index.Version!.Commit, 3)));
        Assert.That(index.LastSwitchFailure, Is.Null);
    }
}
