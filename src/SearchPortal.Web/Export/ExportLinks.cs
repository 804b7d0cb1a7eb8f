using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Export;

/// <summary>The addresses of the downloads and the feed of a search: its query, filters, mentions and sort, no paging.</summary>
public static class ExportLinks
{
    public const string CsvPath = "/export.csv";
    public const string JsonLinesPath = "/export.jsonl";
    public const string AtomPath = "/feed.atom";

    public static string Csv(SearchState state) => Of(state, CsvPath);

    public static string JsonLines(SearchState state) => Of(state, JsonLinesPath);

    /// <summary>The feed of the search: always newest first, so the sort is left out.</summary>
    public static string Atom(SearchState state) => (Whole(state) with { Sort = null }).ToUrl(AtomPath);

    private static string Of(SearchState state, string path) => Whole(state).ToUrl(path);

    private static SearchState Whole(SearchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with { Page = 1, Size = SearchState.DefaultSize, More = null };
    }
}
