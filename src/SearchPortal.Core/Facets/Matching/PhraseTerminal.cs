namespace SearchPortal.Core.Facets.Matching;

/// <summary>What a complete phrase in a <see cref="PhraseTrie"/> stands for, and the conditions for it to count.</summary>
/// <param name="Entry">Index of the vocabulary entry; <see cref="Ignored"/> for phrases that suppress a mention.</param>
/// <param name="ExactSurfaces">Words that must match exactly as written (case-sensitive spellings), or null.</param>
/// <param name="NeedsCue">True when the phrase counts only after a preposition such as "in" or "of".</param>
internal sealed record PhraseTerminal(int Entry, string[]? ExactSurfaces, bool NeedsCue)
{
    public const int Ignored = -1;

    /// <summary>True when the vocabulary spells the phrase capitalised ("Turkey", not "kasachisch"): a proper noun.</summary>
    public bool Capitalized { get; init; }
}
