namespace SearchPortal.Search.Highlighting;

/// <summary>One token of the text whose analyzed form is a query term: its character range and which term it is.</summary>
/// <param name="Field">Index of the analyzed field the token came from (see <see cref="TextMatches.FieldCount"/>).</param>
/// <param name="TermId">Number of the matched term within that field's query terms.</param>
internal readonly record struct TermHit(int Start, int End, int Field, int TermId);
