namespace SearchPortal.Search.Indexing;

/// <summary>
/// Thrown when CURRENT, the pointer to the live generation, cannot be followed: it is empty or garbage, or it names a
/// generation directory that does not exist. The generations themselves may be intact; a rebuild writes a new pointer.
/// </summary>
public sealed class IndexPointerException : IOException
{
    public IndexPointerException(string pointerPath, string problem)
        : base($"The index pointer {pointerPath} {problem}; rebuild the index to write a new one.")
    {
        PointerPath = pointerPath;
        Problem = problem;
    }

    public string PointerPath { get; }

    /// <summary>What is wrong with the pointer, e.g. "names 'x', which is not a generation".</summary>
    public string Problem { get; }
}
