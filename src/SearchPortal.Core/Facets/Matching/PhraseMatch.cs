namespace SearchPortal.Core.Facets.Matching;

/// <summary>A vocabulary phrase found in a sentence: the entry and the word range [Start, End).</summary>
internal readonly record struct PhraseMatch(int Entry, int Start, int End);
