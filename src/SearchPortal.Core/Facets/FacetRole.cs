namespace SearchPortal.Core.Facets;

/// <summary>Whether a facet value is what an article is about or only named in it.</summary>
public enum FacetRole
{
    /// <summary>A subject of the article: counted and filtered by default.</summary>
    About,

    /// <summary>Named in passing: found only when a search widens its filters to mentions.</summary>
    Mentioned,
}
