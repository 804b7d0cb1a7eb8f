namespace SearchPortal.Search.Querying.Syntax;

/// <summary>A filter on the article year, inclusive at both ends (From == To for a single year).</summary>
internal sealed record YearNode(int From, int To) : QueryNode
{
    public override bool IsFilter => true;
}
