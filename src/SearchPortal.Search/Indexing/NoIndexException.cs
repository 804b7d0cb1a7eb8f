namespace SearchPortal.Search.Indexing;

/// <summary>Thrown when an index root holds no live generation (never built, or CURRENT points at a missing directory).</summary>
public sealed class NoIndexException : Exception
{
    public NoIndexException(string rootPath)
        : base($"No search index found at {rootPath}: build one first (rebuild writes generations/ and CURRENT there).")
    {
        RootPath = rootPath;
    }

    public string RootPath { get; }
}
