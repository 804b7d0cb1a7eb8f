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
    /// <param name="facets">The segment's facet ordinals, when its searcher keeps them (<see cref="HitColumns"/>).</param>
    public static SearchHit ReadHit(AtomicReader leaf, int doc, float score, IReadOnlyList<MarkedText> snippets, SegmentFacets? facets = null) =>
        new HitColumns(leaf, facets).Read(doc, score, snippets);

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
}
