namespace SearchPortal.Core.Ingestion;

/// <summary>Thrown before any reading when a path given to <see cref="ArticleSourceReader"/> is neither a file nor a directory.</summary>
public sealed class ArticleSourceNotFoundException : Exception
{
    public ArticleSourceNotFoundException(string path)
        : base($"Article source not found: '{path}' is neither a file nor a directory.")
    {
        Path = path;
    }

    /// <summary>The first missing path.</summary>
    public string Path { get; }
}
