using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Indexing;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The sample articles indexed by the production rebuild and an update, in two segments each missing some terms
/// (<see cref="TempIndexRoot.BuildSampleInTwoSegments"/>), opened for searching.
/// </summary>
internal sealed class TwoSegmentSample : IDisposable
{
    public TwoSegmentSample()
    {
        Root.BuildSampleInTwoSegments();
        Index = new ArticleIndex(Root.Path);
    }

    public TempIndexRoot Root { get; } = new();

    public ArticleIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        Root.Dispose();
    }
}
