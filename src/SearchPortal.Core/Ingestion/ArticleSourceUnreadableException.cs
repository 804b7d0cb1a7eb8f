namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Thrown while reading when a source file breaks off before its end: a .gz cut short or corrupt, or a read error.
/// What came before the break may be only part of the file, so a run over it must not be switched in.
/// </summary>
public sealed class ArticleSourceUnreadableException : Exception
{
    public ArticleSourceUnreadableException(string path, int lineNumber, string problem, Exception inner)
        : base($"{path} could not be read to its end: {problem}, at line {lineNumber}", inner)
    {
        Path = path;
        LineNumber = lineNumber;
    }

    /// <summary>The file that broke off.</summary>
    public string Path { get; }

    /// <summary>The line being read when it broke off (1-based; for a .gz, of the decompressed text).</summary>
    public int LineNumber { get; }
}
