namespace SearchPortal.Search.Querying.Syntax;

/// <summary>How the clauses of a group combine.</summary>
internal enum GroupKind
{
    /// <summary>Words side by side: any may match, articles with all of them rank higher.</summary>
    Sequence,

    /// <summary>Clauses joined with AND: all must match.</summary>
    All,

    /// <summary>Clauses joined with OR: any may match.</summary>
    Any,
}
