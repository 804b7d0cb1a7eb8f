using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Web.Presentation;

/// <summary>Reader-facing names of facet dimensions and of the language codes.</summary>
public static class FacetNames
{
    public static string Dimension(string dimension) => dimension switch
    {
        FacetDimension.Country => "Country",
        FacetDimension.Format => "Format",
        FacetDimension.Year => "Year",
        FacetDimension.Official => "Official",
        FacetDimension.Language => "Language",
        _ => dimension,
    };

    /// <summary>How a value reads in the interface: language codes become names, the undated bucket and year ranges read as words, everything else stays as stored.</summary>
    public static string Value(string dimension, string value) => dimension switch
    {
        FacetDimension.Language => Language(value),
        FacetDimension.Year when value == FacetVocabulary.UndatedYear => "Undated",
        FacetDimension.Year when YearRange.TryParse(value, out var range) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{range.From}–{range.To}"),
        _ => value,
    };

    public static string Language(string code) => code switch
    {
        ArticleLanguage.English => "English",
        ArticleLanguage.German => "German",
        ArticleLanguage.Unknown => "Undetermined",
        _ => code,
    };
}
