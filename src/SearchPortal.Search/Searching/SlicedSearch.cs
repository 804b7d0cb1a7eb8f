using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// Runs one query over the index cut into contiguous runs of whole segments, one per core, each into its own
/// collector. A frequent word at a million articles walks hundreds of thousands of postings; splitting that walk over
/// two cores cuts its latency. Small indexes stay in one run on the calling thread. Segments are never cut: a
/// disjunction's score sums its clauses in the order its heap happens to hold them, so a scorer started in the middle
/// of a segment can differ in the last bit and reorder tied articles (copies of one article). Runs are in document
/// order, so merging their results in run order breaks ties exactly as one pass does.
/// </summary>
internal static class SlicedSearch
{
    /// <summary>Below this many documents one thread is quicker than handing work to a second.</summary>
    public const int ParallelFromDocs = 200_000;

    /// <summary>
    /// The segments in at most <paramref name="count"/> contiguous runs whose largest holds as few documents as
    /// possible; one run when the index holds fewer than <paramref name="parallelFromDocs"/> documents.
    /// </summary>
    public static List<DocSlice[]> Slices(IndexReader reader, int count, int parallelFromDocs = ParallelFromDocs)
    {
        var leaves = reader.Leaves.Select(l => new DocSlice(l, 0, l.AtomicReader.MaxDoc)).ToArray();
        if (count <= 1 || leaves.Length <= 1 || reader.MaxDoc < parallelFromDocs)
        {
            return [leaves];
        }

        // The smallest largest run that still fits the segments into count runs, by bisection over its size.
        int low = leaves.Max(l => l.To), high = reader.MaxDoc;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (Runs(leaves, mid).Count <= count)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return Runs(leaves, low);
    }

    private static List<DocSlice[]> Runs(DocSlice[] leaves, int capacity)
    {
        var runs = new List<DocSlice[]>();
        var current = new List<DocSlice>();
        var size = 0;
        foreach (var leaf in leaves)
        {
            if (current.Count > 0 && size + leaf.To > capacity)
            {
                runs.Add([.. current]);
                current.Clear();
                size = 0;
            }

            current.Add(leaf);
            size += leaf.To;
        }

        runs.Add([.. current]);
        return runs;
    }

    /// <summary>Searches every slice into its collector: the first on this thread, the others on the thread pool; each
    /// stops where <paramref name="budget"/> runs out.</summary>
    public static void Run(Weight weight, IReadOnlyList<DocSlice[]> slices, IReadOnlyList<ICollector> collectors, SearchBudget budget)
    {
        budget.BeginPass();
        try
        {
            RunPass(weight, slices, collectors, budget);
        }
        finally
        {
            budget.EndPass();
        }
    }

    private static void RunPass(Weight weight, IReadOnlyList<DocSlice[]> slices, IReadOnlyList<ICollector> collectors, SearchBudget budget)
    {
        if (slices.Count == 1)
        {
            Search(weight, slices[0], collectors[0], budget);
            return;
        }

        var others = new Task[slices.Count - 1];
        for (var i = 1; i < slices.Count; i++)
        {
            var slice = slices[i];
            var collector = collectors[i];
            others[i - 1] = Task.Run(() => Search(weight, slice, collector, budget));
        }

        try
        {
            Search(weight, slices[0], collectors[0], budget);
        }
        finally
        {
            // Never return while another thread still reads the lease's segments.
            try
            {
                Task.WaitAll(others);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }
    }

    private static void Search(Weight weight, DocSlice[] slice, ICollector collector, SearchBudget budget)
    {
        foreach (var (leaf, from, to) in slice)
        {
            if (budget.Spent())
            {
                return;
            }

            var scorer = LazyDisjunctionMaxQuery.TopScorer(weight, leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from);
            var collected = 0;
            while (doc < to)
            {
                collector.Collect(doc);
                if (++collected % SearchBudget.DocsPerCheck == 0 && budget.Spent())
                {
                    return;
                }

                doc = scorer.NextDoc();
            }
        }
    }
}
