using System.Text;

namespace SearchPortal.Search.Highlighting;

/// <summary>Gathers the words and exact phrases of one field while a query tree is walked.</summary>
internal sealed class FieldTermsBuilder
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly List<bool> alone = [];
    private readonly List<bool> markable = [];
    private readonly List<PhrasePattern> phrases = [];
    private readonly HashSet<string> phraseKeys = new(StringComparer.Ordinal);

    /// <summary>A word searched on its own: marked wherever it occurs.</summary>
    public void AddWord(string term) => alone[Id(term, markableInPhrase: true)] = true;

    /// <summary>
    /// An exact phrase: <paramref name="slots"/>[i] are the terms any one of which must stand at
    /// <paramref name="positions"/>[i]. Words for which <paramref name="isStopWord"/> holds fill their slot but are
    /// not marked.
    /// </summary>
    public void AddPhrase(IReadOnlyList<IReadOnlyList<string>> slots, IReadOnlyList<int> positions, Func<string, bool> isStopWord)
    {
        var first = positions[0];
        var distances = new int[slots.Count];
        var alternatives = new int[slots.Count][];
        var key = new StringBuilder();
        for (var s = 0; s < slots.Count; s++)
        {
            distances[s] = positions[s] - first;
            alternatives[s] = new int[slots[s].Count];
            key.Append(distances[s]).Append(':');
            for (var a = 0; a < slots[s].Count; a++)
            {
                var term = slots[s][a];
                alternatives[s][a] = Id(term, !isStopWord(term));
                key.Append(alternatives[s][a]).Append(',');
            }

            key.Append(';');
        }

        // Vocabulary spellings and the several fields of a word often repeat the same phrase: match it once.
        if (phraseKeys.Add(key.ToString()))
        {
            phrases.Add(new PhrasePattern(distances, alternatives));
        }
    }

    public FieldTerms Build() => new(terms, [.. alone], [.. markable], phrases);

    private int Id(string term, bool markableInPhrase)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = terms.Count;
            ids[term] = id;
            terms.Add(term);
            alone.Add(false);
            markable.Add(false);
        }

        markable[id] |= markableInPhrase;
        return id;
    }
}
