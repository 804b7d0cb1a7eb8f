using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>Builds the engine's answers from indexed documents: result-list entries from doc values, whole articles from stored fields.</summary>
internal static class SearchHitReader
{
    /// <summary>A result-list entry read from doc values only, so a page of hits touches no stored fields.</summary>
    /// <param name="facets">
    /// The segment's facet ordinals, when its searcher keeps them: the facet values are then read from their arrays
    /// instead of seeking each value's bytes in the doc values (a third of reading a page of ten hits in a profile).
    /// </param>
    public static SearchHit ReadHit(AtomicReader leaf, int doc, float score, IReadOnlyList<MarkedText> snippets, SegmentFacets? facets = null)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        var scratch = new BytesRef();
        var id = ArticleDocumentReader.ReadSorted(leaf, ArticleFields.Id, doc, scratch) ?? string.Empty;
        var title = ArticleDocumentReader.ReadBinary(leaf, ArticleFields.Title, doc, scratch) ?? string.Empty;
        var source = ArticleDocumentReader.ReadSorted(leaf, ArticleFields.Source, doc, scratch);
        var languages = Values(leaf, ArticleFields.Language, doc, scratch, facets);
        var dateKey = leaf.GetNumericDocValues(ArticleFields.DateSort)?.Get(doc) ?? 0L;
        return new SearchHit(
            id,
            title,
            ArticleDocumentReader.FromDateSortKey(dateKey),
            languages.Count > 0 ? languages[0] : ArticleLanguage.Unknown,
            source,
            score,
            ReadHitFacets(leaf, doc, scratch, facets),
            snippets);
    }

    /// <summary>The whole article with its facets and evidence, and its text as marked paragraphs.</summary>
    public static ArticleView ToView(Document stored, string text, IReadOnlyList<MarkedText> paragraphs)
    {
        var article = ArticleDocumentReader.ToArticle(stored, text);
        return new ArticleView(
            article.Id,
            article.Title,
            article.Date,
            article.Language,
            article.Source,
            article.Url,
            article.Category,
            article.Text,
            paragraphs,
            FacetEvidenceJson.Read(stored.Get(ArticleFields.Evidence)));
    }

    /// <summary>The values of the dimensions with roles the article mentions but is not about, from the mentions fields' doc values.</summary>
    public static HitMentions ReadMentions(AtomicReader leaf, int doc, HitFacets about)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        var scratch = new BytesRef();
        return new HitMentions(
            OnlyMentioned(leaf, ArticleFields.Country, doc, scratch, about.Countries),
            OnlyMentioned(leaf, ArticleFields.Format, doc, scratch, about.Formats),
            OnlyMentioned(leaf, ArticleFields.Official, doc, scratch, about.Officials));
    }

    private static List<string> OnlyMentioned(AtomicReader leaf, string dimension, int doc, BytesRef scratch, IReadOnlyList<string> about) =>
        [.. ArticleDocumentReader.ReadSortedSet(leaf, FacetFields.FieldOf(dimension, mentions: true), doc, scratch).Where(v => !about.Contains(v, StringComparer.Ordinal))];

    private static HitFacets ReadHitFacets(AtomicReader leaf, int doc, BytesRef scratch, SegmentFacets? facets)
    {
        var yearValues = leaf.GetNumericDocValues(ArticleFields.Year);
        var yearBits = leaf.GetDocsWithField(ArticleFields.Year);
        int? year = yearValues is not null && yearBits is not null && yearBits.Get(doc) ? (int)yearValues.Get(doc) : null;
        return new HitFacets(
            Values(leaf, ArticleFields.Country, doc, scratch, facets),
            Values(leaf, ArticleFields.Format, doc, scratch, facets),
            year,
            Values(leaf, ArticleFields.Official, doc, scratch, facets));
    }

    // A sorted-set field's values of one document in term order, from the segment's facet ordinals when given: the
    // same ordinals in the same order, their labels read once per segment.
    private static IReadOnlyList<string> Values(AtomicReader leaf, string field, int doc, BytesRef scratch, SegmentFacets? facets)
    {
        if (facets is null)
        {
            return ArticleDocumentReader.ReadSortedSet(leaf, field, doc, scratch);
        }

        var ordinals = facets.Ordinals(leaf, field);
        if (ordinals.Single is { } single)
        {
            return single[doc] is var ord && ord >= 0 ? [ordinals.Labels[ord]] : [];
        }

        if (ordinals.Starts is not { } starts || starts[doc] == starts[doc + 1])
        {
            return [];
        }

        var values = new string[starts[doc + 1] - starts[doc]];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = ordinals.Labels[ordinals.Ordinals![starts[doc] + k]];
        }

        return values;
    }
}
