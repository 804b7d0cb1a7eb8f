using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// One request's hold on a set of kept postings enumerators (<see cref="PostingsCursors"/>) of its searcher: the
/// weights of the queries it resolves (<see cref="PresentTerms"/>) open their postings on them, and disposing it at the
/// end of the request hands them back for the next. A query that outlives the loan opens fresh enumerators.
/// </summary>
internal sealed class PostingsLoan : IDisposable
{
    private readonly CursorPool<PostingsCursors> pool;
    private PostingsCursors? cursors;

    private PostingsLoan(CursorPool<PostingsCursors> pool)
    {
        this.pool = pool;
        cursors = pool.Rent();
    }

    /// <summary>A loan from <paramref name="searcher"/>'s kept enumerators; null for a searcher that keeps none.</summary>
    public static PostingsLoan? From(IndexSearcher searcher) =>
        searcher is ArticleIndexSearcher engine ? new PostingsLoan(engine.Postings) : null;

    /// <summary>The enumerators to open postings on in <paramref name="leaf"/>; null once the request ended, or for another reader's segment.</summary>
    public PostingsCursors? For(AtomicReaderContext leaf) =>
        cursors is { } held && ReferenceEquals(ReaderUtil.GetTopLevelContext(leaf), held.Top) ? held : null;

    /// <summary>
    /// Ends the request's hold: every enumerator goes back, to be reset by Lucene for the next request that reads the
    /// same field. Call it only once no scorer of the request reads any more (its passes all ran to their end).
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref cursors, null) is { } held)
        {
            held.Reclaim();
            pool.Return(held);
        }
    }
}
