using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Web.Hosting;
using Microsoft.Extensions.Localization;

namespace SearchPortal.Web.Presentation;

/// <summary>Reader-facing names of facet dimensions, of the language codes and of facet values, in the interface language.</summary>
/// <remarks>Only the names change with the language: URLs and filters keep the canonical values.</remarks>
public sealed class FacetNames(FacetVocabulary vocabulary, IStringLocalizer<FacetNames> text)
{
    public string Dimension(string dimension) => dimension switch
    {
        FacetDimension.Country => text["Country"],
        FacetDimension.Format => text["Format"],
        FacetDimension.Year => text["Year"],
        FacetDimension.Official => text["Official"],
        FacetDimension.Language => text["Language"],
        _ => dimension,
    };

    /// <summary>The dimension's name inside a sentence: lower case in English ("Filter country values"), capitalised as every noun in German ("Werte für Land filtern").</summary>
    public string DimensionInText(string dimension) =>
        PortalCultures.Current == PortalCultures.German ? Dimension(dimension) : Dimension(dimension).ToLowerInvariant();

    /// <summary>
    /// How a value reads in the interface: language codes become names, the undated bucket a word and year ranges
    /// "2019–2023", countries and formats their names in the vocabulary for the interface language.
    /// </summary>
    public string Value(string dimension, string value) => dimension switch
    {
        FacetDimension.Language => Language(value),
        FacetDimension.Year when value == FacetVocabulary.UndatedYear => text["Undated"],
        FacetDimension.Year when YearRange.TryParse(value, out var range) => string.Create(CultureInfo.InvariantCulture, $"{range.From}–{range.To}"),
        _ => vocabulary.DisplayName(dimension, value, PortalCultures.Current),
    };

    /// <summary>
    /// An official's office in the interface language with the <c>lang</c> it needs: stored in English, it reads in
    /// German in the German interface when <see cref="GermanOffice"/> knows its title, and is marked "en" otherwise.
    /// </summary>
    public (string Text, string? Lang) Office(string office)
    {
        if (PortalCultures.Current != PortalCultures.German)
        {
            return (office, LangAttribute(ArticleLanguage.English));
        }

        return GermanOffice.Translate(office, GermanCountry) is { } german
            ? (german, null)
            : (office, LangAttribute(ArticleLanguage.English));
    }

    /// <summary>The German name of a country; a name without one is used as it is only when it is a single word (Peru, Mali).</summary>
    private string? GermanCountry(string english) =>
        vocabulary.Find(FacetDimension.Country, english) is { } country
            ? country.German ?? (country.Canonical.Contains(' ', StringComparison.Ordinal) ? null : country.Canonical)
            : null;

    public string Language(string code) => code switch
    {
        ArticleLanguage.English => text["English"],
        ArticleLanguage.German => text["German"],
        ArticleLanguage.Unknown => text["Undetermined"],
        _ => code,
    };

    /// <summary>
    /// The <c>lang</c> an article's title and text carry on a page in another language ("en" in the German interface),
    /// or null when the article is in the page's language or its own is undetermined.
    /// </summary>
    public static string? LangAttribute(string articleLanguage) =>
        articleLanguage is ArticleLanguage.English or ArticleLanguage.German && articleLanguage != PortalCultures.Current
            ? articleLanguage
            : null;
}
