namespace SearchPortal.Search.Searching;

/// <summary>Why the live index could not move to a new generation or commit; the previous one keeps serving.</summary>
/// <param name="Generation">The generation CURRENT named; null when CURRENT itself could not be read.</param>
/// <param name="Error">What opening it threw.</param>
public sealed record SwitchFailure(string? Generation, Exception Error)
{
    /// <summary>A one-line reason for operators: the generation and the error's message.</summary>
    public string Reason => $"switching to generation {Generation ?? "(unreadable CURRENT)"} failed: {Error.Message}";
}
