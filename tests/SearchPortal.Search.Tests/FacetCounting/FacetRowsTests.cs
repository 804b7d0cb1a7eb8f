using SearchPortal.Core.Facets;
using SearchPortal.Core.Vocabulary;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Searching;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>The facet dimensions of a segment laid out per document, on the sample's two-segment index.</summary>
public sealed class FacetRowsTests : TwoSegmentSampleTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoFilters = [];

    [TestCase(false)]
    [TestCase(true)]
    public void A_documents_row_holds_its_values_of_every_dimension_each_after_the_labels_of_the_dimensions_before(bool mentions)
    {
        using var lease = Sample.Index.Lease();
        var cache = new FacetOrdinalCache();
        var fields = FacetFields.FieldsOf(null, mentions);
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var segment = cache.For(leaf.AtomicReader);
            var ordinals = fields.Select(f => segment.Ordinals(leaf.AtomicReader, f)).ToList();
            var rows = segment.Rows(leaf.AtomicReader, fields)!;
            Assert.That(rows.Width, Is.EqualTo(ordinals.Sum(o => o.Labels.Length)));
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var expected = new List<string>();
                var row = new List<string>();
                for (var i = 0; i < fields.Count; i++)
                {
                    var labels = ordinals[i].Labels;
                    expected.AddRange(Enumerable.Range(0, labels.Length).Where(ord => ordinals[i].Has(doc, ord)).Select(ord => $"{fields[i]}={labels[ord]}"));
                }

                for (var k = rows.Starts[doc]; k < rows.Starts[doc + 1]; k++)
                {
                    var i = Array.FindLastIndex(rows.Offsets, o => o <= rows.Slots[k]);
                    row.Add($"{fields[i]}={ordinals[i].Labels[rows.Slots[k] - rows.Offsets[i]]}");
                }

                Assert.That(row, Is.EquivalentTo(expected), $"document {doc}");
                Assert.That(row, Is.Not.Empty, $"document {doc} has at least a language and a year");
            }
        }
    }

    [Test]
    public void Dimensions_with_more_labels_than_a_slot_holds_get_no_layout()
    {
        using var lease = Sample.Index.Lease();
        var leaf = lease.Searcher.IndexReader.Leaves[0].AtomicReader;
        var segment = new FacetOrdinalCache().For(leaf);
        var ordinals = FacetFields.FieldsOf(null, false).Select(f => segment.Ordinals(leaf, f)).ToList();
        var width = ordinals.Sum(o => o.Labels.Length);

        Assert.That(FacetRows.Join(ordinals, leaf.MaxDoc, maxWidth: width)?.Width, Is.EqualTo(width));
        Assert.That(FacetRows.Join(ordinals, leaf.MaxDoc, maxWidth: width - 1), Is.Null, "counted dimension by dimension instead");
        Assert.That(FacetRows.MaxWidth, Is.EqualTo(ushort.MaxValue + 1), "every slot of a layout fits 16 bits");
    }

    [Test]
    public void Past_the_layouts_a_segment_keeps_another_list_of_dimensions_gets_none()
    {
        using var lease = Sample.Index.Lease();
        var leaf = lease.Searcher.IndexReader.Leaves[0].AtomicReader;
        var segment = new FacetOrdinalCache().For(leaf);
        var lists = Enumerable.Range(0, SegmentFacets.RowLayoutCapacity + 1)
            .Select(skip => (IReadOnlyList<string>)[.. FacetDimension.All.Skip(skip % FacetDimension.All.Count).Concat(FacetDimension.All.Take(skip % FacetDimension.All.Count))])
            .ToList();

        Assert.That(lists.Take(SegmentFacets.RowLayoutCapacity).Select(l => segment.Rows(leaf, l)), Is.All.Not.Null);
        Assert.That(segment.Rows(leaf, lists[^1]), Is.Null);
        Assert.That(segment.Rows(leaf, lists[0]), Is.Not.Null, "a list kept before keeps its layout");
    }

    [Test]
    public void Counts_are_the_same_in_whichever_order_the_dimensions_are_asked_past_the_layouts_kept()
    {
        var vocabulary = FacetVocabulary.Load(Path.Combine(RepositoryLocator.Root(), "data", FacetVocabulary.DefaultFileName));
        var searcher = new ArticleSearcher(Sample.Index, vocabulary, Sample.Root.Analyzer);
        IReadOnlyList<string> all = [.. FacetDimension.All];
        var expected = Counts(searcher, "president", all);
        Assert.That(expected.Values.Sum(v => v.Count), Is.GreaterThan(all.Count), "the query has hits with values");

        for (var shift = 1; shift <= SegmentFacets.RowLayoutCapacity + 1; shift++)
        {
            var order = all.Skip(shift % all.Count).Concat(all.Take(shift % all.Count)).Reverse().ToList();
            Assert.That(Counts(searcher, "president", order), Is.EquivalentTo(expected), string.Join(",", order));
        }
    }

    private static Dictionary<string, List<string>> Counts(ArticleSearcher searcher, string query, IReadOnlyList<string> dimensions) =>
        searcher.Search(new SearchRequest(query, NoFilters, MatchMode.AllWords, Snippets: false, FacetTopN: 100, FacetDimensions: dimensions))
            .Facets.ToDictionary(f => f.Dimension, f => f.Values.Select(v => $"{v.Value}:{v.Count}").ToList());
}
