using SearchPortal.Search.Searching;

namespace SearchPortal.Web.Searching;

/// <summary>The names of the sort orders in URLs: relevance, newest, oldest.</summary>
public static class SortNames
{
    public static readonly IReadOnlyList<SearchSort> All = [SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest];

    public static string Name(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Oldest => "oldest",
        _ => "relevance",
    };

    public static string Label(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "Newest first",
        SearchSort.Oldest => "Oldest first",
        _ => "Relevance",
    };

    public static bool TryParse(string text, out SearchSort sort)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                sort = candidate;
                return true;
            }
        }

        sort = SearchSort.Relevance;
        return false;
    }
}
