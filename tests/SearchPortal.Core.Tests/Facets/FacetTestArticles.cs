using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>Hand-made articles for tricky cases, extracted with the shipped vocabulary.</summary>
internal static class FacetTestArticles
{
    public static readonly FacetExtractor Extractor = new(SeedArticles.Vocabulary);

    public static Article Article(string text, string title = "", DateOnly? date = null, string language = ArticleLanguage.English) =>
        new("test", title, text, language, date, null, null, null);

    public static ArticleFacets Extract(string text, string title = "", DateOnly? date = null) => Extractor.Extract(Article(text, title, date));

    public static string[] Countries(string text) => [.. Extract(text).Countries.Select(v => v.Value)];

    public static string[] Formats(string text) => [.. Extract(text).Formats.Select(v => v.Value)];

    public static string[] Officials(string text) => [.. Extract(text).Officials.Select(v => v.Value)];
}
