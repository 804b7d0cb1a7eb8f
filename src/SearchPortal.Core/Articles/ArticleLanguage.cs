namespace SearchPortal.Core.Articles;

/// <summary>The language codes an article can carry.</summary>
public static class ArticleLanguage
{
    public const string English = "en";
    public const string German = "de";

    /// <summary>Neither English nor German, or too little text to tell: indexed with the language-neutral analyzer.</summary>
    public const string Unknown = "und";

    public static bool IsKnown(string code) => code is English or German;
}
