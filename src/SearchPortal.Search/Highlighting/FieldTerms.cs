using System.Collections.Frozen;
using Lucene.Net.Util;

namespace SearchPortal.Search.Highlighting;

/// <summary>
/// The query terms of one field, numbered so that a window can count distinct terms without strings: words searched
/// on their own (marked wherever they occur) and the slots of exact phrases (marked only where the phrase occurs).
/// </summary>
internal sealed class FieldTerms
{
    // The alternate lookup lets a token's char buffer be probed without building a string per token.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idsBySpan;
    private readonly BytesRef[] bytes;
    private readonly bool[] alone;
    private readonly bool[] markable;

    /// <param name="terms">The terms; a term's index is its id.</param>
    /// <param name="alone">Per id: searched on its own, so every occurrence is marked.</param>
    /// <param name="markable">Per id: marked where it fills a phrase slot (false for a stop word inside a phrase).</param>
    /// <param name="phrases">The exact phrases of this field over these ids.</param>
    public FieldTerms(IReadOnlyList<string> terms, bool[] alone, bool[] markable, IReadOnlyList<PhrasePattern> phrases)
    {
        var ids = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        var marked = new List<string>(terms.Count);
        bytes = new BytesRef[terms.Count];
        for (var id = 0; id < terms.Count; id++)
        {
            ids[terms[id]] = id;
            bytes[id] = new BytesRef(terms[id]);
            if (alone[id] || markable[id])
            {
                marked.Add(terms[id]);
            }
        }

        idsBySpan = ids.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Set = marked.ToFrozenSet(StringComparer.Ordinal);
        this.alone = alone;
        this.markable = markable;
        Phrases = phrases;
    }

    /// <summary>The terms that can be marked, immutable: callers of <see cref="QueryTerms.For"/> get this set itself.</summary>
    public IReadOnlySet<string> Set { get; }

    /// <summary>How many terms have ids (0..Count-1), including phrase stop words that are never marked.</summary>
    public int Count => bytes.Length;

    public IReadOnlyList<PhrasePattern> Phrases { get; }

    /// <summary>The number of <paramref name="term"/> (0..Count-1), or false when it is not a query term.</summary>
    public bool TryGetId(ReadOnlySpan<char> term, out int id) => idsBySpan.TryGetValue(term, out id);

    /// <summary>The term as index bytes, to seek it in a segment's terms. Callers must not modify it.</summary>
    public BytesRef Bytes(int id) => bytes[id];

    /// <summary>Whether the term is searched on its own, so that every occurrence is marked.</summary>
    public bool MarkedEverywhere(int id) => alone[id];

    /// <summary>Whether the term is marked where it fills a phrase slot.</summary>
    public bool MarkedInPhrase(int id) => markable[id];
}
