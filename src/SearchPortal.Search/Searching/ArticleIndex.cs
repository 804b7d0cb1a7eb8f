using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchPortal.Search.Analysis;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The live index of a root directory for searching. Leases a searcher per request; <see cref="Refresh"/>, called by a
/// background service (or explicitly by the CLI and tests), looks at CURRENT and swaps in the new generation's searcher,
/// or refreshes the current one after an in-place update, so no request pays for opening a generation. Requests already
/// running keep their generation until they finish. Thread-safe; one per application.
/// </summary>
public sealed partial class ArticleIndex : IDisposable
{
    private readonly ILogger logger;
    private GenerationSearcher? live;
    private IndexVersion? version;
    private SwitchFailure? lastFailure;
    private int checking;
    private int disposed;

    /// <param name="rootPath">The index root (holding CURRENT and generations/); its live generation is opened now.</param>
    /// <param name="logger">Where switches and failed switches are told; none by default.</param>
    public ArticleIndex(string rootPath, ILogger<ArticleIndex>? logger = null)
    {
        Location = new IndexLocation(rootPath);
        this.logger = logger ?? NullLogger<ArticleIndex>.Instance;
        Refresh();
    }

    public IndexLocation Location { get; }

    /// <summary>The facet data of the open segments, shared by all requests (segments of every generation opened).</summary>
    internal FacetOrdinalCache FacetOrdinals { get; } = new();

    /// <summary>The analyzer the generations were written with, for the queries, highlighting and related articles that read them.</summary>
    internal ArticleAnalyzer Analyzer { get; } = new();

    /// <summary>The generation new leases read; null while no index exists.</summary>
    public string? Generation => Volatile.Read(ref live)?.Generation;

    /// <summary>
    /// The version of the searcher new leases get, read without a lease. Null while no index is open, and for the moment
    /// a switch or refresh is under way: a reader that saw the same non-null version before and after its work knows
    /// the work ran on that version.
    /// </summary>
    public IndexVersion? Version => Volatile.Read(ref version);

    /// <summary>Why the last attempt to open a new generation or commit failed (the previous one kept serving); null after success.</summary>
    public SwitchFailure? LastSwitchFailure => Volatile.Read(ref lastFailure);

    /// <summary>Borrows the current searcher. Never fails because of a generation switch.</summary>
    /// <exception cref="NoIndexException">The root holds no index.</exception>
    /// <exception cref="IndexCorruptException">The root's only generation cannot be read as an index.</exception>
    /// <exception cref="IndexPointerException">Nothing is open and CURRENT cannot be followed.</exception>
    internal IndexLease Lease()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        while (true)
        {
            var generation = Volatile.Read(ref live) ?? throw NothingToLease();
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

        string? name = null;
        try
        {
            if (Volatile.Read(ref disposed) != 0)
            {
                return;
            }

            // Throws when CURRENT is gone, garbage, or names a vanished directory, the served one included: an index
            // deleted under a running portal is reported, while the files it holds open keep answering.
            (name, _) = Location.LiveGeneration();
            var current = Volatile.Read(ref live);
            if (current is not null && current.Generation == name)
            {
                RefreshCommit(current);
            }
            else
            {
                SwitchTo(name);
            }

            Volatile.Write(ref lastFailure, null);
        }
        catch (NoIndexException ex)
        {
            // Never built is not a failure; an index that was serving and lost its CURRENT is.
            if (Volatile.Read(ref live) is null)
            {
                Volatile.Write(ref lastFailure, null);
            }
            else
            {
                Failed(null, ex);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A half-readable new generation must not take the site down: keep serving the previous one.
            Failed(name, ex);
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
            Volatile.Write(ref version, null);
            Interlocked.Exchange(ref live, null)?.RemoveReference();
            Analyzer.Dispose();
        }
    }

    // With nothing open, a generation that failed to open or a pointer that cannot be followed is the reason to give, not "no index".
    private Exception NothingToLease() => Volatile.Read(ref lastFailure) switch
    {
        { Error: IndexPointerException pointer } => new IndexPointerException(pointer.PointerPath, pointer.Problem),
        { Generation: { } generation } failure when LuceneFailures.IsCorruption(failure.Error) =>
            LuceneFailures.Corrupt(Location.GenerationPath(generation), failure.Error),
        _ => new NoIndexException(Location.RootPath),
    };

    private void RefreshCommit(GenerationSearcher current)
    {
        if (current.Manager.IsSearcherCurrent())
        {
            return;
        }

        // No version while the manager swaps its searcher: a cache key read now cannot be paired with either reader.
        Volatile.Write(ref version, null);
        try
        {
            current.Manager.MaybeRefresh();
        }
        finally
        {
            Volatile.Write(ref version, Describe(current));
        }

        LogRefreshed(logger, current.Generation, Volatile.Read(ref version)?.Commit ?? 0);
    }

    private void SwitchTo(string name)
    {
        var opened = GenerationSearcher.Open(name, Location.GenerationPath(name), FacetOrdinals);
        IndexVersion described;
        try
        {
            described = Describe(opened);
        }
        catch
        {
            opened.RemoveReference();
            throw;
        }

        Volatile.Write(ref version, null);
        Interlocked.Exchange(ref live, opened)?.RemoveReference();
        Volatile.Write(ref version, described);
        if (Volatile.Read(ref disposed) != 0)
        {
            Volatile.Write(ref version, null);
            Interlocked.Exchange(ref live, null)?.RemoveReference();
            return;
        }

        LogSwitched(logger, name, described.Articles);
    }

    private void Failed(string? generation, Exception error)
    {
        var failure = new SwitchFailure(generation, error);
        var previous = Interlocked.Exchange(ref lastFailure, failure);

        // Retried at every check: told once per generation and reason, not every second.
        if (previous is null || previous.Generation != generation || previous.Reason != failure.Reason)
        {
            LogSwitchFailed(logger, error, generation ?? "(unreadable CURRENT)", Location.RootPath);
        }
    }

    private static IndexVersion Describe(GenerationSearcher generation)
    {
        var searcher = generation.Manager.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return new IndexVersion(generation.Generation, reader is DirectoryReader directory ? directory.Version : 0, reader.NumDocs);
        }
        finally
        {
            generation.Manager.Release(searcher);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving index generation {Generation}: {Articles} articles")]
    private static partial void LogSwitched(ILogger logger, string generation, int articles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index generation {Generation} refreshed to commit {Commit}")]
    private static partial void LogRefreshed(ILogger logger, string generation, long commit);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not switch to index generation {Generation} in {IndexPath}; the previous one keeps serving")]
    private static partial void LogSwitchFailed(ILogger logger, Exception error, string generation, string indexPath);
}
