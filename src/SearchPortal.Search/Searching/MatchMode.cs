namespace SearchPortal.Search.Searching;

/// <summary>How the words of a query side by side combine. Explicit OR still means OR, and stop words never narrow.</summary>
public enum MatchMode
{
    /// <summary>Every word required, like a web search engine; when no article has them all, any of them, with a notice.</summary>
    AllWordsThenAny,

    /// <summary>Every word and phrase side by side must match (AND).</summary>
    AllWords,

    /// <summary>Any word matches (OR); articles with all of them rank first.</summary>
    AnyWord,
}
