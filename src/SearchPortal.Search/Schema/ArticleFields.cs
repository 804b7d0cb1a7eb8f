namespace SearchPortal.Search.Schema;

/// <summary>The names of the index fields. Analyzed text lives in one field per language chain plus a neutral one.</summary>
internal static class ArticleFields
{
    // Identity and display (stored; id also as doc values for fast result lists).
    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    public const string Date = "date";
    public const string Source = "source";
    public const string Url = "url";
    public const string ContentHash = "hash";
    public const string Evidence = "evidence";

    // Analyzed search fields. An English article fills the _en and _std fields, a German one _de and _std,
    // an article of unknown language only _std.
    public const string TitleEnglish = "title_en";
    public const string TitleGerman = "title_de";
    public const string TitleNeutral = "title_std";
    public const string BodyEnglish = "body_en";
    public const string BodyGerman = "body_de";
    public const string BodyNeutral = "body_std";

    // The spelling keys of the capitalised words of title and body (any language), for names in other romanisations;
    // and the title words lower-cased but otherwise as written, for autocompletion in the original spelling.
    public const string NameKey = "name_key";
    public const string TitleWords = "title_words";

    // The fingerprint of the spelling phrases the search fields hold as tokens (Analysis.SpellingPhrases), on every
    // article written with them: a segment answers phrases by tokens only when all its articles carry the one asked.
    public const string SpellingTokens = "spelling_tokens";

    public static readonly IReadOnlyList<string> SearchFields =
        [TitleEnglish, TitleGerman, TitleNeutral, BodyEnglish, BodyGerman, BodyNeutral];

    // Sort key: yyyymmdd as numeric doc values; undated articles have none (reads as 0).
    public const string DateSort = "date_sort";

    // Facet fields, named as the dimensions; how each is indexed, filtered and counted is its FacetField's.
    public const string Country = Core.Facets.FacetDimension.Country;
    public const string Format = Core.Facets.FacetDimension.Format;
    public const string Year = Core.Facets.FacetDimension.Year;
    public const string Official = Core.Facets.FacetDimension.Official;
    public const string Language = Core.Facets.FacetDimension.Language;
    public const string Category = Core.Facets.FacetDimension.Category;

    /// <summary>The analyzed title and body fields for an article language.</summary>
    public static (string Title, string Body) LanguageFields(string language) => language switch
    {
        Core.Articles.ArticleLanguage.English => (TitleEnglish, BodyEnglish),
        Core.Articles.ArticleLanguage.German => (TitleGerman, BodyGerman),
        _ => (TitleNeutral, BodyNeutral),
    };
}
