using SearchPortal.Search.Analysis;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Tests.Indexing;

/// <summary>A throw-away index root under the temp directory, with a rebuilder and updater over it.</summary>
internal sealed class TempIndexRoot : IDisposable
{
    public TempIndexRoot()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sp-engine-" + Guid.NewGuid().ToString("N"));
        Location = new IndexLocation(Path);
        Rebuilder = new IndexRebuilder(Location, Analyzer);
        Updater = new IndexUpdater(Location, Analyzer);
    }

    public string Path { get; }

    public IndexLocation Location { get; }

    public ArticleAnalyzer Analyzer { get; } = new();

    public IndexRebuilder Rebuilder { get; }

    public IndexUpdater Updater { get; }

    public RebuildReport BuildSample() => Rebuilder.Rebuild(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());

    /// <summary>The sample articles in two segments: half rebuilt, the rest added by an update, each missing some terms.</summary>
    public void BuildSampleInTwoSegments()
    {
        var first = DiplomacyArticles.All.Take(4).ToList();
        Rebuilder.Rebuild(DiplomacyArticles.Records(first), DiplomacyArticles.Annotate(first));
        Updater.Update(DiplomacyArticles.Records(), DiplomacyArticles.Annotate());
    }

    public void Dispose()
    {
        Analyzer.Dispose();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
