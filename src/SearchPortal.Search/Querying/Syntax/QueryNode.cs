namespace SearchPortal.Search.Querying.Syntax;

/// <summary>A node of the parsed query: a text term, a facet filter, a year range or a group of clauses.</summary>
internal abstract record QueryNode
{
    /// <summary>True when the node only narrows the result set (facet, year, language) and carries no words to rank by.</summary>
    public abstract bool IsFilter { get; }
}
