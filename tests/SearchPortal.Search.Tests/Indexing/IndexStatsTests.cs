using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Indexing;

public sealed class IndexStatsTests
{
    [Test]
    public void Stats_describe_the_live_generation()
    {
        using var root = new TempIndexRoot();
        var built = root.BuildSample();

        var stats = IndexStats.Read(root.Location, topN: 3);

        Assert.That((stats.Generation, stats.Documents, stats.DeletedDocuments), Is.EqualTo((built.Generation, 8, 0)));
        Assert.That(stats.Languages["en"], Is.EqualTo(5));
        Assert.That(stats.SizeBytes, Is.GreaterThan(0));
        Assert.That(stats.Segments, Is.GreaterThanOrEqualTo(1));
        var years = stats.TopFacets.First(f => f.Dimension == "year");
        Assert.That(years.Values.Select(v => (v.Value, v.Count)), Is.EqualTo(new[] { ("2024", 4), ("2023", 2), ("2021", 1) }));
        Assert.That(years.Others, Is.EqualTo(1));
    }

    [Test]
    public void Stats_of_a_missing_index_name_the_path()
    {
        using var root = new TempIndexRoot();

        var error = Assert.Throws<NoIndexException>(() => IndexStats.Read(root.Location));

        Assert.That(error!.Message, Does.Contain(root.Location.RootPath));
    }
}
