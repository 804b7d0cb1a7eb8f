using SearchPortal.Core.Ingestion;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.Indexing;

public sealed class IndexUpdaterTests
{
    [Test]
    public void Update_adds_replaces_removes_and_leaves_unchanged_articles_alone()
    {
        using var root = new TempIndexRoot();
        var initial = DiplomacyArticles.All.Take(4).ToList();
        var built = root.Rebuilder.Rebuild(DiplomacyArticles.Records(initial), DiplomacyArticles.Annotate(initial));
        var changedCall = initial[1] with
        {
            Article = initial[1].Article with { Title = "Blinken and C5+1 ministers agree on critical minerals dialogue" },
            ContentHash = "h-changed",
        };
        var sources = new[] { initial[0], changedCall, DiplomacyArticles.All[4] };
        var records = DiplomacyArticles.Records(sources).Append(IngestRecord.Skipped("test/de-almaty-treffen.txt", "de-almaty-treffen", "unreadable encoding"));

        var report = AllowingRemovals(root).Update(records, DiplomacyArticles.Annotate(sources));

        Assert.That((report.Added, report.Replaced, report.Unchanged, report.Removed), Is.EqualTo((1, 1, 1, 1)));
        Assert.That(report.Generation, Is.EqualTo(built.Generation));
        Assert.That(report.Skipped.Single().Id, Is.EqualTo("de-almaty-treffen"));
        using var index = new ArticleIndex(root.Path);
        using var searcher = new SearcherFixture(index);
        Assert.That(searcher.Ids(), Is.EquivalentTo(new[] { "en-xian-summit", "en-c5-unga", "de-almaty-treffen", "en-consultative-astana" }));
        Assert.That(searcher.Searcher.Find("en-c5-unga")!.Title, Is.EqualTo(changedCall.Article.Title));
    }

    [Test]
    public void Update_without_an_index_builds_one()
    {
        using var root = new TempIndexRoot();

        var report = root.Updater.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());

        Assert.That((report.Rebuilt, report.Added), Is.EqualTo((true, 8)));
        Assert.That(root.Location.CurrentGeneration(), Is.EqualTo(report.Generation));
    }

    [Test]
    public void A_skipped_record_without_id_withholds_all_removals()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var records = DiplomacyArticles.Records(DiplomacyArticles.All.Take(2)).Append(IngestRecord.Skipped("test/garbage.bin", null, "not text"));

        var report = root.Updater.Update(records, DiplomacyArticles.Annotate());

        Assert.That((report.RemovalsWithheld, report.Removed, report.Unchanged), Is.EqualTo((true, 0, 2)));
    }

    [Test]
    public void Update_is_picked_up_by_a_running_article_index()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        using var index = new ArticleIndex(root.Path);
        using var fixture = new SearcherFixture(index);
        Assert.That(fixture.Ids(), Has.Count.EqualTo(8));

        AllowingRemovals(root).Update(DiplomacyArticles.Records(DiplomacyArticles.All.Take(5)), DiplomacyArticles.Annotate());
        index.Refresh();

        Assert.That(fixture.Ids(), Has.Count.EqualTo(5));
    }

    [Test]
    public void Update_whose_sources_yield_no_article_is_refused_and_removes_nothing()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();

        var error = Assert.Throws<InvalidOperationException>(() => AllowingRemovals(root).Update([], DiplomacyArticles.Annotate()));

        Assert.That(error!.Message, Does.Contain("no indexable article"));
        Assert.That(LiveIds(root), Has.Count.EqualTo(8));
    }

    [Test]
    public void Update_that_would_remove_more_than_the_limit_is_refused_naming_the_count_and_changes_nothing()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var kept = DiplomacyArticles.All.Take(6).ToList();
        var changed = kept[0] with { Article = kept[0].Article with { Title = "A changed title" }, ContentHash = "h-changed" };
        var sources = kept.Skip(1).Prepend(changed).ToList();

        var error = Assert.Throws<RemovalsRefusedException>(() =>
            new IndexUpdater(root.Location, root.Analyzer) { MaxRemovedShare = 0.2 }.Update(DiplomacyArticles.Records(sources), DiplomacyArticles.Annotate(sources)));

        Assert.That((error!.WouldRemove, error.Indexed), Is.EqualTo((2, 8)));
        Assert.That(error.Message, Is.EqualTo("The update would remove 2 of the 8 articles in the index (25 %), more than the 20 % allowed; nothing was changed."));
        Assert.That(LiveIds(root), Has.Count.EqualTo(8));
        using var index = new ArticleIndex(root.Path);
        using var searcher = new SearcherFixture(index);
        Assert.That(searcher.Searcher.Find(changed.Article.Id)!.Title, Is.EqualTo(kept[0].Article.Title), "the replacement was rolled back too");
    }

    [Test]
    public void Update_within_the_limit_removes_what_vanished()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var sources = DiplomacyArticles.All.Take(7).ToList();

        var report = new IndexUpdater(root.Location, root.Analyzer) { MaxRemovedShare = 0.125 }.Update(DiplomacyArticles.Records(sources), DiplomacyArticles.Annotate(sources));

        Assert.That(report.Removed, Is.EqualTo(1));
        Assert.That(LiveIds(root), Has.Count.EqualTo(7));
    }

    [Test]
    public void Update_over_a_source_that_breaks_off_changes_nothing()
    {
        using var root = new TempIndexRoot();
        root.BuildSample();
        var sources = DiplomacyArticles.All.Take(3).ToList();

        Assert.Throws<ArticleSourceUnreadableException>(() =>
            AllowingRemovals(root).Update(BreakingOff(DiplomacyArticles.Records(sources)), DiplomacyArticles.Annotate(sources)));

        Assert.That(LiveIds(root), Has.Count.EqualTo(8));
    }

    private static IndexUpdater AllowingRemovals(TempIndexRoot root) => new(root.Location, root.Analyzer) { MaxRemovedShare = 1 };

    private static IReadOnlyList<string> LiveIds(TempIndexRoot root)
    {
        using var index = new ArticleIndex(root.Path);
        using var searcher = new SearcherFixture(index);
        return searcher.Ids();
    }

    /// <summary>The records, then the failure a reader raises for a .gz cut short.</summary>
    private static IEnumerable<IngestRecord> BreakingOff(IEnumerable<IngestRecord> records)
    {
        foreach (var record in records)
        {
            yield return record;
        }

        throw new ArticleSourceUnreadableException("test/cut.jsonl.gz", 4, "the gzip data ends early (the file is cut short)", new EndOfStreamException());
    }
}
