namespace SearchPortal.Search.Highlighting;

/// <summary>Where one query term occurs in a text: its token position and character range.</summary>
internal readonly record struct TermOccurrence(int Position, int Start, int End);
