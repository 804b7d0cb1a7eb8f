namespace SearchPortal.Search.Searching;

/// <summary>What readers can ask of the archive: ranked, faceted search, one article, related articles, suggestions.</summary>
public interface IArticleSearch
{
    SearchResponse Search(SearchRequest request);

    /// <summary>
    /// Every hit of <paramref name="request"/> (its query, filters, match mode and sort; paging, snippets and facets
    /// ignored), at most <paramref name="limit"/>, read in batches from one index generation; dispose the export to
    /// release that generation.
    /// </summary>
    HitExport Export(SearchRequest request, int limit);

    /// <summary>One article as indexed, with the terms of <paramref name="highlightQuery"/> marked in its text; null for an unknown id.</summary>
    ArticleView? Find(string id, string? highlightQuery = null);

    /// <summary>Articles most like the given one (more like this), best first, without the article itself.</summary>
    IReadOnlyList<SearchHit> MoreLikeThis(string id, int count = 5);

    /// <summary>Completions for a partial query: vocabulary names and title words starting with the prefix.</summary>
    IReadOnlyList<string> Suggest(string prefix, int count = 8);

    /// <summary>
    /// Every value of a facet dimension (not only the top ones a search returns) with a word of its name, or of an
    /// English or German spelling of it, starting with <paramref name="prefix"/>, most articles first, with the number
    /// of articles about it (with <paramref name="mentions"/>: mentioning it). An empty prefix lists the values.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The index has no facet of that name.</exception>
    IReadOnlyList<FacetCounting.FacetCount> FacetValues(string dimension, string prefix, int count = 20, bool mentions = false);
}
