using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// A page's hits read through one segment's columns (<see cref="HitColumns"/>), their facet values from the facet
/// ordinals or from doc values, carry what each field's doc values hold.
/// </summary>
public sealed class SearchHitReaderTests : TwoSegmentSampleTests
{
    [Test]
    public void Every_article_read_through_one_segments_columns_carries_what_its_doc_values_hold()
    {
        using var lease = Sample.Index.Lease();
        var ordinals = new FacetOrdinalCache();
        var several = 0;
        foreach (var context in lease.Searcher.IndexReader.Leaves)
        {
            var leaf = context.AtomicReader;
            var fromOrdinals = new HitColumns(leaf, ordinals.For(leaf));
            var fromDocValues = new HitColumns(leaf);

            // Backwards, through one set of columns each: a page's hits come in score order, not document order.
            for (var doc = leaf.MaxDoc - 1; doc >= 0; doc--)
            {
                var expected = Expected(leaf, doc);
                foreach (var hit in new[] { fromOrdinals.Read(doc, 1.5f, []), fromDocValues.Read(doc, 1.5f, []), SearchHitReader.ReadHit(leaf, doc, 1.5f, []) })
                {
                    Assert.That(Described(hit), Is.EqualTo(expected), $"document {doc} of segment {context.Ord}");
                }

                several += ArticleDocumentReader.ReadSortedSet(leaf, ArticleFields.Country, doc, new BytesRef()).Count > 1 ? 1 : 0;
            }
        }

        Assert.That(several, Is.GreaterThan(3), "articles about several countries");
    }

    // Each field as ArticleDocumentReader reads it on its own.
    private static string Expected(AtomicReader leaf, int doc)
    {
        var scratch = new BytesRef();
        var years = leaf.GetNumericDocValues(ArticleFields.Year);
        var year = leaf.GetDocsWithField(ArticleFields.Year)?.Get(doc) == true ? years!.Get(doc).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        var languages = ArticleDocumentReader.ReadSortedSet(leaf, ArticleFields.Language, doc, scratch);
        return string.Join(" | ",
            ArticleDocumentReader.ReadSorted(leaf, ArticleFields.Id, doc, scratch),
            ArticleDocumentReader.ReadBinary(leaf, ArticleFields.Title, doc, scratch),
            ArticleDocumentReader.FromDateSortKey(leaf.GetNumericDocValues(ArticleFields.DateSort)?.Get(doc) ?? 0L),
            languages.Count > 0 ? languages[0] : Core.Articles.ArticleLanguage.Unknown,
            ArticleDocumentReader.ReadSorted(leaf, ArticleFields.Source, doc, scratch),
            "countries=" + string.Join(",", ArticleDocumentReader.ReadSortedSet(leaf, ArticleFields.Country, doc, scratch)) + ",",
            "formats=" + string.Join(",", ArticleDocumentReader.ReadSortedSet(leaf, ArticleFields.Format, doc, scratch)),
            "year=" + year,
            "officials=" + string.Join(",", ArticleDocumentReader.ReadSortedSet(leaf, ArticleFields.Official, doc, scratch)),
            "score=1.5");
    }

    private static string Described(SearchHit hit) => string.Join(" | ",
        hit.Id, hit.Title, hit.Date, hit.Language, hit.Source,
        "countries=" + string.Join(",", hit.Facets.Countries) + ",",
        "formats=" + string.Join(",", hit.Facets.Formats),
        "year=" + hit.Facets.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "officials=" + string.Join(",", hit.Facets.Officials),
        "score=" + hit.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
