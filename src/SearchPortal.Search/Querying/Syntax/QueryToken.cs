namespace SearchPortal.Search.Querying.Syntax;

/// <summary>One token of a user query.</summary>
/// <param name="Text">The word, the phrase without its quotes, the range without its brackets, or the field name.</param>
/// <param name="Attached">For + and -: whether the sign is written against the next token (a modifier, not a dash).</param>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text = "", bool Attached = false, FieldScope Scope = FieldScope.All);
