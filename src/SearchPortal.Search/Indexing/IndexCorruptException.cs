namespace SearchPortal.Search.Indexing;

/// <summary>
/// Thrown when the files of a generation cannot be read as an index (truncated, overwritten, of another format): the
/// engine's own name for Lucene's corruption errors, so that callers never need to know Lucene's exception types.
/// </summary>
public sealed class IndexCorruptException : IOException
{
    public IndexCorruptException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
