namespace SearchPortal.Web.Presentation;

/// <summary>The one address of an article, as a page and as an API resource, for any id (slashes, spaces, '?', '#', '%', any script).</summary>
/// <remarks>The routes that read it back are catch-alls (<c>{**id}</c>), since an id may hold slashes.</remarks>
public static class ArticleLinks
{
    private const string PagePrefix = "/articles/";
    private const string ApiPrefix = "/api/articles/";

    /// <summary>The article page, with the query whose terms it marks when reached from a search.</summary>
    public static string Page(string id, string? query = null) =>
        PagePrefix + PathOf(id) + (string.IsNullOrEmpty(query) ? "" : "?q=" + Uri.EscapeDataString(query));

    public static string Api(string id) => ApiPrefix + PathOf(id);

    // Each segment is escaped and the slashes kept: servers never decode %2F in a path (Kestrel leaves it as the three
    // characters), so an escaped slash would reach the route as "%2F" and miss the article.
    private static string PathOf(string id) => string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
}
