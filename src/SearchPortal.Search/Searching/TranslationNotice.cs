namespace SearchPortal.Search.Searching;

/// <summary>The one wording of "which translations were searched", for the portal, the API and the CLI alike.</summary>
public static class TranslationNotice
{
    /// <summary>"Also searched: summit, railway." for the response's translations; null when none were searched.</summary>
    public static string? For(SearchResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Translations.Count == 0 ? null : "Also searched: " + string.Join(", ", response.Translations) + ".";
    }
}
