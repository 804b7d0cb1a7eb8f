using System.Diagnostics;
using System.Runtime.ExceptionServices;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// The timing loop of the query benchmarks: untimed warm-up, then whole timed passes over a list of requests,
/// single-threaded and with concurrent workers. Each latency covers the whole search call (parse, search, facets,
/// snippets, reading the page of hits), in-process.
/// </summary>
internal sealed class QueryBenchmark
{
    private readonly Func<SearchRequest, SearchResponse> search;
    private readonly BenchmarkSettings settings;

    /// <param name="search">The search to time; it must be safe to call from several threads at once.</param>
    public QueryBenchmark(Func<SearchRequest, SearchResponse> search, BenchmarkSettings settings)
    {
        this.search = search ?? throw new ArgumentNullException(nameof(search));
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary>Untimed passes over the requests: at least the configured passes and time; returns how many passes ran.</summary>
    public int WarmUp(IReadOnlyList<SearchRequest> requests)
    {
        var start = Stopwatch.GetTimestamp();
        var passes = 0;
        while (passes < settings.WarmupPasses || Stopwatch.GetElapsedTime(start) < settings.WarmupTime)
        {
            foreach (var request in requests)
            {
                search(request);
            }

            passes++;
        }

        return passes;
    }

    /// <summary>Whole passes on this thread until the minimum time has gone by, keeping the first pass's answers.</summary>
    public TimedRun RunSingle(IReadOnlyList<SearchRequest> requests)
    {
        NotEmpty(requests);
        var latencies = new List<double>();
        var answers = new List<QueryAnswer>(requests.Count);
        var use = ProcessUse.Now();
        var start = Stopwatch.GetTimestamp();
        for (var pass = 0; pass == 0 || Stopwatch.GetElapsedTime(start) < settings.MinTime; pass++)
        {
            foreach (var request in requests)
            {
                var before = Stopwatch.GetTimestamp();
                var response = search(request);
                latencies.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                if (pass == 0)
                {
                    answers.Add(new QueryAnswer(response.Total, [.. response.Hits.Select(hit => hit.Id)]));
                }
            }
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return TimedRun.Of(1, wall, latencies, answers, ProcessUse.Now().Since(use));
    }

    /// <summary>
    /// The configured number of worker threads, released together; worker k runs whole passes starting at request
    /// k·n/workers until the minimum time has gone by since the common start. Wall time runs to the last finish.
    /// </summary>
    public TimedRun RunConcurrent(IReadOnlyList<SearchRequest> requests)
    {
        NotEmpty(requests);
        var workers = Math.Max(1, settings.Workers);
        var latencies = new List<double>[workers];
        var failures = new Exception?[workers];
        using var ready = new CountdownEvent(workers);
        using var go = new ManualResetEventSlim(false);
        long start = 0;
        var threads = new Thread[workers];
        for (var k = 0; k < workers; k++)
        {
            var worker = k;
            var offset = worker * requests.Count / workers;
            latencies[worker] = [];
            threads[worker] = new Thread(() =>
            {
                ready.Signal();
                go.Wait();
                try
                {
                    RunPasses(requests, offset, Volatile.Read(ref start), latencies[worker]);
                }
                catch (Exception ex)
                {
                    // Rethrown on the calling thread once every worker has stopped.
                    failures[worker] = ex;
                }
            })
            {
                IsBackground = true,
                Name = $"bench-worker-{worker}",
            };
            threads[worker].Start();
        }

        ready.Wait();
        var use = ProcessUse.Now();
        Volatile.Write(ref start, Stopwatch.GetTimestamp());
        go.Set();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return TimedRun.Of(workers, wall, [.. latencies.SelectMany(l => l)], null, ProcessUse.Now().Since(use));
    }

    private void RunPasses(IReadOnlyList<SearchRequest> requests, int offset, long start, List<double> latencies)
    {
        var n = requests.Count;
        for (var pass = 0; pass == 0 || Stopwatch.GetElapsedTime(start) < settings.MinTime; pass++)
        {
            for (var i = 0; i < n; i++)
            {
                var before = Stopwatch.GetTimestamp();
                search(requests[(offset + i) % n]);
                latencies.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
            }
        }
    }

    private static void NotEmpty(IReadOnlyList<SearchRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            throw new ArgumentException("A timed run needs at least one request.", nameof(requests));
        }
    }
}
