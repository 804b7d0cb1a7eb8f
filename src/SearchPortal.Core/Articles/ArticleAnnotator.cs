using System.Globalization;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Articles;

/// <summary>Prepares an article for the index: extracts its facets, applies the archivist's overrides (values set by
/// hand are what the article is about), dates it from its text and hashes its content.</summary>
public sealed class ArticleAnnotator
{
    private readonly FacetExtractor extractor;

    public ArticleAnnotator(FacetExtractor extractor)
    {
        this.extractor = extractor;
    }

    public AnnotatedArticle Annotate(Article article)
    {
        var extracted = extractor.Extract(article, out var textDate);
        var overrides = article.Overrides;
        var vocabulary = extractor.Vocabulary;
        var facets = new ArticleFacets(
            overrides?.Countries is { } countries ? HandSet(countries, s => (vocabulary.Resolve(FacetDimension.Country, s) ?? s, null)) : extracted.Countries,
            overrides?.Formats is { } formats ? HandSet(formats, s => (vocabulary.Resolve(FacetDimension.Format, s) ?? s, null)) : extracted.Formats,
            overrides?.Year is { } year ? new FacetValue(year.ToString(CultureInfo.InvariantCulture), null, []) : extracted.Year,
            overrides?.Officials is { } officials ? HandSet(officials, s => Official(vocabulary, s)) : extracted.Officials);

        var dated = article.Date is null && overrides?.Year is null && textDate is not null
            ? article with { Date = textDate }
            : article;
        return new AnnotatedArticle(dated, facets, ArticleContentHash.Of(article));
    }

    private static (string Value, string? Detail) Official(FacetVocabulary vocabulary, string spelling) =>
        vocabulary.Find(FacetDimension.Official, spelling) is { } entry ? (entry.Canonical, FacetExtractor.OfficialDetail(entry)) : (spelling.Trim(), null);

    private static List<FacetValue> HandSet(IReadOnlyList<string> spellings, Func<string, (string Value, string? Detail)> resolve)
    {
        var values = new List<FacetValue>(spellings.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spelling in spellings)
        {
            if (string.IsNullOrWhiteSpace(spelling))
            {
                continue;
            }

            var (value, detail) = resolve(spelling.Trim());
            if (seen.Add(value))
            {
                values.Add(new FacetValue(value, detail, [], FacetRole.About));
            }
        }

        return values;
    }
}
