using SearchPortal.Search.Indexing;

namespace SearchPortal.Search.Searching;

/// <summary>Why the live index could not move to a new generation or commit; the previous one, if any, keeps serving.</summary>
/// <param name="Generation">The generation CURRENT named; null when CURRENT itself is missing or could not be read.</param>
/// <param name="Error">What opening it threw.</param>
public sealed record SwitchFailure(string? Generation, Exception Error)
{
    /// <summary>A one-line reason for operators: what is wrong with CURRENT, or the generation and the error's message.</summary>
    public string Reason => Error switch
    {
        IndexPointerException or NoIndexException => Error.Message.TrimEnd('.'),
        _ => $"switching to generation {Generation ?? "(unreadable CURRENT)"} failed: {Error.Message}",
    };
}
