namespace SearchPortal.Search.Querying.Syntax;

/// <summary>Where a term applies: all search fields, the titles only, or one facet dimension.</summary>
internal enum FieldScope
{
    All,
    Title,
    Country,
    Format,
    Official,
    Year,
    Language,
}
