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
}
