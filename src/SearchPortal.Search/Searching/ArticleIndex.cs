using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The live index of a root directory for searching. Leases a searcher per request; at most once per check interval it
/// looks at CURRENT and swaps in the new generation's searcher, or refreshes the current one after an in-place update.
/// Requests already running keep their generation until they finish. Thread-safe; one per application.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    private readonly long checkIntervalMs;
    private GenerationSearcher? live;
    private long lastCheck;
    private int checking;
    private int disposed;

    /// <param name="rootPath">The index root (holding CURRENT and generations/).</param>
    /// <param name="checkInterval">How often a lease may look for a new generation or commit; default one second.</param>
    public ArticleIndex(string rootPath, TimeSpan? checkInterval = null)
    {
        Location = new IndexLocation(rootPath);
        checkIntervalMs = (long)(checkInterval ?? TimeSpan.FromSeconds(1)).TotalMilliseconds;
        Refresh();
    }

    public IndexLocation Location { get; }

    /// <summary>The facet data of the open segments, shared by all requests (segments of every generation opened).</summary>
    public FacetOrdinalCache FacetOrdinals { get; } = new();

    /// <summary>The generation new leases read; null while no index exists.</summary>
    public string? Generation => Volatile.Read(ref live)?.Generation;

    /// <summary>Why the last attempt to open a new generation failed (the previous one kept serving); null after success.</summary>
    public Exception? LastSwitchError { get; private set; }

    /// <summary>Borrows the current searcher. Never fails because of a generation switch.</summary>
    /// <exception cref="IndexNotFoundException">The root holds no index.</exception>
    public IndexLease Lease()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (Environment.TickCount64 - Volatile.Read(ref lastCheck) >= checkIntervalMs)
        {
            Refresh();
        }

        while (true)
        {
            var generation = Volatile.Read(ref live) ?? throw new IndexNotFoundException(Location.RootPath);
            if (!generation.TryAddReference())
            {
                // Retired between the read and the reference: the next read sees its successor.
                continue;
            }

            try
            {
                return new IndexLease(generation, generation.Manager.Acquire());
            }
            catch
            {
                generation.RemoveReference();
                throw;
            }
        }
    }

    /// <summary>Looks at CURRENT now: swaps in a new generation, or picks up new commits of the current one.</summary>
    public void Refresh()
    {
        if (Interlocked.CompareExchange(ref checking, 1, 0) != 0)
        {
            return;
        }

        try
        {
            Volatile.Write(ref lastCheck, Environment.TickCount64);
            var name = Location.CurrentGeneration();
            var current = Volatile.Read(ref live);
            if (name is null || Volatile.Read(ref disposed) != 0)
            {
                return;
            }

            if (current is not null && current.Generation == name)
            {
                current.Manager.MaybeRefresh();
                return;
            }

            var path = Location.GenerationPath(name);
            if (!Directory.Exists(path))
            {
                return;
            }

            var opened = GenerationSearcher.Open(name, path, FacetOrdinals);
            Interlocked.Exchange(ref live, opened)?.RemoveReference();
            LastSwitchError = null;
            if (Volatile.Read(ref disposed) != 0)
            {
                Interlocked.Exchange(ref live, null)?.RemoveReference();
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A half-readable new generation must not take the site down: keep serving the previous one.
            LastSwitchError = ex;
        }
        finally
        {
            Volatile.Write(ref checking, 0);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Interlocked.Exchange(ref live, null)?.RemoveReference();
        }
    }
}
