namespace SearchPortal.Search.Indexing;

/// <summary>The exclusive OS lock on an index root that one rebuild or update holds for its whole run.</summary>
internal sealed class IndexWriteLock : IDisposable
{
    private readonly FileStream stream;

    private IndexWriteLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock or throws <see cref="IndexBusyException"/> at once; never waits.</summary>
    public static IndexWriteLock Acquire(IndexLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        Directory.CreateDirectory(location.RootPath);
        try
        {
            // FileShare.None is an exclusive lock on Windows and an flock on Unix: a second holder, in this or another process, fails.
            return new IndexWriteLock(new FileStream(location.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex)
        {
            throw new IndexBusyException(location.LockPath, ex);
        }
    }

    public void Dispose() => stream.Dispose();
}
