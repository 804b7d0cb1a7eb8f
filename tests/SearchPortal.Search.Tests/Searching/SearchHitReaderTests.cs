using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests.Searching;

/// <summary>A page's hits read their facet values from the segment's facet ordinals, as the doc values hold them.</summary>
public sealed class SearchHitReaderTests : TwoSegmentSampleTests
{
    [Test]
    public void Every_article_read_through_facet_ordinals_carries_the_values_its_doc_values_hold()
    {
        using var lease = Sample.Index.Lease();
        var ordinals = new FacetOrdinalCache();
        var compared = 0;
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var facets = ordinals.For(leaf.AtomicReader);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var expected = SearchHitReader.ReadHit(leaf.AtomicReader, doc, 1f, []);
                var actual = SearchHitReader.ReadHit(leaf.AtomicReader, doc, 1f, [], facets);

                Assert.That(actual.Id, Is.EqualTo(expected.Id));
                Assert.That(actual.Language, Is.EqualTo(expected.Language), expected.Id);
                Assert.That(actual.Facets.Countries, Is.EqualTo(expected.Facets.Countries), expected.Id);
                Assert.That(actual.Facets.Formats, Is.EqualTo(expected.Facets.Formats), expected.Id);
                Assert.That(actual.Facets.Officials, Is.EqualTo(expected.Facets.Officials), expected.Id);
                Assert.That(actual.Facets.Year, Is.EqualTo(expected.Facets.Year), expected.Id);
                compared += expected.Facets.Countries.Count > 1 ? 1 : 0;
            }
        }

        Assert.That(compared, Is.GreaterThan(3), "articles about several countries, in both segments");
    }
}
