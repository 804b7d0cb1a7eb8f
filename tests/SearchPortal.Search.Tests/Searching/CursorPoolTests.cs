using System.Collections.Concurrent;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// The pool of enumerator sets a searcher lends to one request at a time (<see cref="CursorPool{T}"/>), over the
/// diplomacy articles indexed by the production rebuild plus an update.
/// </summary>
public sealed class CursorPoolTests : TwoSegmentSampleTests
{
    [Test]
    public void Requests_renting_at_once_never_hold_the_same_set()
    {
        using var lease = Sample.Index.Lease();
        var pool = ((ArticleIndexSearcher)lease.Searcher).Postings;
        var held = new ConcurrentDictionary<PostingsCursors, int>(ReferenceEqualityComparer.Instance);
        var shared = 0;
        var made = new ConcurrentDictionary<PostingsCursors, bool>(ReferenceEqualityComparer.Instance);

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var cursors = pool.Rent();
                made[cursors] = true;
                if (!held.TryAdd(cursors, 0))
                {
                    Interlocked.Increment(ref shared);
                }

                Thread.SpinWait(20);
                held.TryRemove(cursors, out var _);
                pool.Return(cursors);
            }
        });

        Assert.That(shared, Is.Zero);
        Assert.That(made.Count, Is.LessThanOrEqualTo(8 + 32), "returned sets are lent again");
    }

    [Test]
    public void Past_the_kept_number_returned_sets_are_dropped()
    {
        using var lease = Sample.Index.Lease();
        var pool = ((ArticleIndexSearcher)lease.Searcher).Postings;
        var first = Enumerable.Range(0, 40).Select(_ => pool.Rent()).ToList();
        foreach (var cursors in first)
        {
            pool.Return(cursors);
        }

        var again = Enumerable.Range(0, 40).Select(_ => pool.Rent()).ToList();

        Assert.That(again.Count(c => first.Contains(c)), Is.EqualTo(32));
        Assert.That(again.Distinct().Count(), Is.EqualTo(40));
    }
}
