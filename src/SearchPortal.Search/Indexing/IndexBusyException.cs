namespace SearchPortal.Search.Indexing;

/// <summary>Thrown when a rebuild or update is asked for while another one holds the index's lock.</summary>
public sealed class IndexBusyException : Exception
{
    public IndexBusyException(string lockPath, Exception inner)
        : base($"Another rebuild or update is running on this index (lock file {lockPath} is held). Wait for it to finish and try again.", inner)
    {
        LockPath = lockPath;
    }

    public string LockPath { get; }
}
