namespace SearchPortal.Search.Querying.Syntax;

/// <summary>Clauses combined as a sequence of words, an AND chain or an OR chain.</summary>
internal sealed record GroupNode(GroupKind Kind, IReadOnlyList<QueryClause> Clauses) : QueryNode
{
    public override bool IsFilter
    {
        get
        {
            foreach (var clause in Clauses)
            {
                if (!clause.Node.IsFilter)
                {
                    return false;
                }
            }

            return Clauses.Count > 0;
        }
    }
}
