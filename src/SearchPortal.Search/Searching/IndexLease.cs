using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>A searcher borrowed from an <see cref="ArticleIndex"/> for one request; dispose it to give it back.</summary>
internal sealed class IndexLease : IDisposable
{
    private readonly GenerationSearcher owner;
    private int disposed;

    internal IndexLease(GenerationSearcher owner, IndexSearcher searcher)
    {
        this.owner = owner;
        Searcher = searcher;
    }

    public IndexSearcher Searcher { get; }

    /// <summary>The generation this searcher reads.</summary>
    public string Generation => owner.Generation;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            owner.Manager.Release(Searcher);
            owner.RemoveReference();
        }
    }
}
