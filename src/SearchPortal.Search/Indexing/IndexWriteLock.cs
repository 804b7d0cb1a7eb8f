namespace SearchPortal.Search.Indexing;

/// <summary>The exclusive OS lock on an index root that one rebuild, update, verify or prune holds for its whole run.</summary>
internal sealed class IndexWriteLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;

    private IndexWriteLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock or throws <see cref="IndexBusyException"/> at once; never waits.</summary>
    public static IndexWriteLock Acquire(IndexLocation location) => Acquire(location, TimeSpan.Zero);

    /// <summary>Takes the lock, retrying for up to <paramref name="patience"/> before it throws <see cref="IndexBusyException"/>.</summary>
    public static IndexWriteLock Acquire(IndexLocation location, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(location);
        Directory.CreateDirectory(location.RootPath);
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on Windows and an flock on Unix: a second holder, in this or another process, fails.
                return new IndexWriteLock(new FileStream(location.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (ex is not (FileNotFoundException or DirectoryNotFoundException))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new IndexBusyException(location.LockPath, ex);
                }
            }

            Thread.Sleep(RetryInterval);
        }
    }

    public void Dispose() => stream.Dispose();
}
