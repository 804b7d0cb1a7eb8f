using SearchPortal.Core.Ingestion;
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

        var report = root.Updater.Update(records, DiplomacyArticles.Annotate(sources));

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

        root.Updater.Update(DiplomacyArticles.Records(DiplomacyArticles.All.Take(5)), DiplomacyArticles.Annotate());
        index.Refresh();

        Assert.That(fixture.Ids(), Has.Count.EqualTo(5));
    }
}
