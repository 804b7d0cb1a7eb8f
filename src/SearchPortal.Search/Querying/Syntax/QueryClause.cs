namespace SearchPortal.Search.Querying.Syntax;

/// <summary>A node with the sign it was written with.</summary>
internal readonly record struct QueryClause(ClauseModifier Modifier, QueryNode Node);
