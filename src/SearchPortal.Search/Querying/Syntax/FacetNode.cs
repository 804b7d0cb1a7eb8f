namespace SearchPortal.Search.Querying.Syntax;

/// <summary>A filter on a facet field: country, format, official (canonical values) or lang (a language code).</summary>
/// <param name="Dimension">The index field, one of the FacetDimension names.</param>
internal sealed record FacetNode(string Dimension, string Value) : QueryNode
{
    public override bool IsFilter => true;
}
