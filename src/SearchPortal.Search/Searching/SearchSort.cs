namespace SearchPortal.Search.Searching;

/// <summary>The orders a result list can take.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
