using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Search.Indexing;

/// <summary>
/// Reads the sources and reports progress on the calling thread, so their exceptions and cancellations surface there,
/// while worker threads annotate and index (IndexWriter is thread-safe). Each worker is told its number, 0 to
/// workers - 1, so that it can keep to a writer of its own.
/// </summary>
internal static class RecordFeeder
{
    private const int ProgressEvery = 1000;

    public static void Run(
        IEnumerable<IngestRecord> records,
        int workers,
        Action<int, IngestRecord> handle,
        IndexRun run,
        IProgress<IndexingProgress>? progress,
        CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var queue = new BlockingCollection<IngestRecord>(boundedCapacity: 256);
        Exception? workerFailure = null;
        var tasks = new Task[Math.Max(1, workers)];
        for (var i = 0; i < tasks.Length; i++)
        {
            var worker = i;
            tasks[i] = Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        foreach (var record in queue.GetConsumingEnumerable(stop.Token))
                        {
                            handle(worker, record);
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        // Stopped by the feeding thread, which reports why.
                        return;
                    }
                    catch (Exception ex)
                    {
                        Interlocked.CompareExchange(ref workerFailure, ex, null);
                        stop.Cancel();
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        try
        {
            foreach (var record in records)
            {
                stop.Token.ThrowIfCancellationRequested();
                run.CountRead();
                queue.Add(record, stop.Token);
                if (run.Read % ProgressEvery == 0)
                {
                    progress?.Report(run.Progress());
                }
            }

            queue.CompleteAdding();
        }
        catch (Exception ex)
        {
            stop.Cancel();
            Task.WaitAll(tasks);

            // A worker's failure cancels the feed; report the failure, not the cancellation it caused.
            if (ex is OperationCanceledException && !cancellation.IsCancellationRequested && Volatile.Read(ref workerFailure) is { } cause)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }

        Task.WaitAll(tasks);
        if (Volatile.Read(ref workerFailure) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        cancellation.ThrowIfCancellationRequested();
        progress?.Report(run.Progress());
    }
}
