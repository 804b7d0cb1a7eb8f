namespace SearchPortal.Search.Highlighting;

/// <summary>The occurrences of a field's query terms in one text, per term in position order.</summary>
internal sealed class TermOccurrences
{
    private readonly List<TermOccurrence>?[] byTerm;
    private readonly List<int> present = [];

    public TermOccurrences(int termCount) => byTerm = new List<TermOccurrence>?[termCount];

    /// <summary>Ids of the terms that occur at least once, in the order they were first added.</summary>
    public IReadOnlyList<int> Present => present;

    /// <summary>Adds an occurrence; positions of one term must be added in ascending order.</summary>
    public void Add(int termId, int position, int start, int end)
    {
        var list = byTerm[termId];
        if (list is null)
        {
            byTerm[termId] = list = [];
        }

        if (list.Count == 0)
        {
            present.Add(termId);
        }

        list.Add(new TermOccurrence(position, start, end));
    }

    /// <summary>The occurrences of one term, by ascending position; empty when it does not occur.</summary>
    public IReadOnlyList<TermOccurrence> Of(int termId) => (IReadOnlyList<TermOccurrence>?)byTerm[termId] ?? [];

    /// <summary>The occurrence of <paramref name="termId"/> at <paramref name="position"/>, if there is one.</summary>
    public bool TryFind(int termId, int position, out TermOccurrence occurrence)
    {
        var list = byTerm[termId];
        if (list is not null)
        {
            int low = 0, high = list.Count - 1;
            while (low <= high)
            {
                var mid = (low + high) >>> 1;
                var found = list[mid].Position;
                if (found == position)
                {
                    occurrence = list[mid];
                    return true;
                }

                if (found < position)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }
        }

        occurrence = default;
        return false;
    }
}
