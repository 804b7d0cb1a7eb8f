namespace SearchPortal.Search.Highlighting;

/// <summary>
/// One exact phrase of a query in one field: slots at fixed position distances, each satisfied by any of its terms.
/// Its words are marked only where every slot is filled at the right distance from the first.
/// </summary>
/// <param name="Distances">Position of each slot relative to the first slot (gaps are words the chain dropped).</param>
/// <param name="Alternatives">Per slot, the term ids (see <see cref="FieldTerms"/>) any one of which fills it.</param>
internal sealed record PhrasePattern(int[] Distances, int[][] Alternatives);
