using System.Collections.Frozen;

namespace SearchPortal.Search.Highlighting;

/// <summary>The query terms of one field, numbered so that a window can count distinct terms without strings.</summary>
internal sealed class FieldTerms
{
    // The alternate lookup lets a token's char buffer be probed without building a string per token.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idsBySpan;

    public FieldTerms(HashSet<string> terms)
    {
        var ids = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            ids[term] = ids.Count;
        }

        var frozen = ids.ToFrozenDictionary(StringComparer.Ordinal);
        Set = frozen.Keys.ToFrozenSet(StringComparer.Ordinal);
        idsBySpan = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The terms, immutable: callers of <see cref="QueryTerms.For"/> get this set itself.</summary>
    public IReadOnlySet<string> Set { get; }

    public int Count => Set.Count;

    /// <summary>The number of <paramref name="term"/> (0..Count-1), or false when it is not a query term.</summary>
    public bool TryGetId(ReadOnlySpan<char> term, out int id) => idsBySpan.TryGetValue(term, out id);
}
