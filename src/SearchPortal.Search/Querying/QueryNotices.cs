namespace SearchPortal.Search.Querying;

/// <summary>Collects the friendly sentences that tell a reader how their query was read differently from how it was typed.</summary>
internal sealed class QueryNotices
{
    private readonly List<string> sentences = [];

    public void Add(string sentence)
    {
        if (!sentences.Contains(sentence))
        {
            sentences.Add(sentence);
        }
    }

    public bool IsEmpty => sentences.Count == 0;

    /// <summary>All sentences joined, or null when the query was read as typed.</summary>
    public string? Text => sentences.Count == 0 ? null : string.Join(" ", sentences);
}
