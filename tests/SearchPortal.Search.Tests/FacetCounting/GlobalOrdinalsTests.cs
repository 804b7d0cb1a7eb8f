using SearchPortal.Core.Facets;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Schema;
using SearchPortal.Search.Tests.Searching;

namespace SearchPortal.Search.Tests.FacetCounting;

/// <summary>The labels of a dimension joined over the segments of the sample's two-segment index.</summary>
public sealed class GlobalOrdinalsTests : TwoSegmentSampleTests
{
    private static IEnumerable<string> Fields => FacetDimension.Countable.Select(d => FacetFields.FieldOf(d, mentions: false))
        .Concat(FacetDimension.Countable.Select(d => FacetFields.FieldOf(d, mentions: true))).Distinct();

    [TestCaseSource(nameof(Fields))]
    public void Every_segment_ordinal_maps_to_its_own_label_among_the_labels_of_all_segments(string field)
    {
        using var lease = Sample.Index.Lease();
        var reader = lease.Searcher.IndexReader;
        var cache = new FacetOrdinalCache();
        var global = cache.Global(reader, field);

        var segments = reader.Leaves.Select(l => cache.For(l.AtomicReader).Ordinals(l.AtomicReader, field)).ToList();
        Assert.That(reader.Leaves, Has.Count.GreaterThan(1));
        Assert.That(global.Labels, Is.EqualTo(segments.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal)));
        for (var leaf = 0; leaf < segments.Count; leaf++)
        {
            var labels = segments[leaf].Labels;
            Assert.That(global.SegmentMap(leaf).Select(ord => global.Labels[ord]), Is.EqualTo(labels), $"segment {leaf}");
        }
    }

    // The sample's articles carry no source category.
    private static IEnumerable<string> FieldsWithValues => Fields.Where(f => !f.StartsWith(FacetDimension.Category, StringComparison.Ordinal));

    [TestCaseSource(nameof(FieldsWithValues))]
    public void Counts_per_global_ordinal_rank_as_the_same_counts_by_label_ties_by_name(string field)
    {
        using var lease = Sample.Index.Lease();
        var global = new FacetOrdinalCache().Global(lease.Searcher.IndexReader, field);
        // From the last label back, counts of 1, 1 and 0 by turns: most counts tie, and the first label may go uncounted.
        var totals = Enumerable.Range(0, global.Labels.Length).Select(ord => (global.Labels.Length - ord) % 3 == 0 ? 0 : 1).ToArray();
        var byLabel = global.Labels.Select((label, ord) => (label, ord)).ToDictionary(p => p.label, p => totals[p.ord]);
        Assert.That(totals.Count(c => c == 1), Is.GreaterThan(1), "ties to break");

        foreach (var topN in new[] { 1, 3, int.MaxValue })
        {
            var selected = global.Labels.Take(1).Append("absent").ToArray();
            var ranked = FacetRanking.Rank(field, global, totals, selected, topN);
            var expected = FacetRanking.Rank(field, byLabel, selected, topN);
            Assert.That(ranked.Values.Select(v => (v.Value, v.Count, v.Selected)), Is.EqualTo(expected.Values.Select(v => (v.Value, v.Count, v.Selected))), $"top {topN}");
            Assert.That(ranked.Others, Is.EqualTo(expected.Others));
        }
    }

    [Test]
    public void The_sample_segments_do_not_hold_the_same_officials_so_the_join_is_tested()
    {
        using var lease = Sample.Index.Lease();
        var reader = lease.Searcher.IndexReader;
        var cache = new FacetOrdinalCache();
        var field = FacetFields.FieldOf(FacetDimension.Official, mentions: true);
        var segments = reader.Leaves.Select(l => cache.For(l.AtomicReader).Ordinals(l.AtomicReader, field).Labels).ToList();

        var all = segments.SelectMany(s => s).Distinct().ToList();
        Assert.That(segments.Count(s => all.Except(s).Any()), Is.GreaterThan(1), "segments each lacking officials others have");
        Assert.That(cache.Global(reader, field).OrdinalOf("no such official"), Is.EqualTo(-1));
    }

    [Test]
    public void One_opened_index_builds_its_joined_labels_once()
    {
        using var lease = Sample.Index.Lease();
        var cache = new FacetOrdinalCache();
        var field = FacetFields.FieldOf(FacetDimension.Country, mentions: false);

        Assert.That(cache.Global(lease.Searcher.IndexReader, field), Is.SameAs(cache.Global(lease.Searcher.IndexReader, field)));
    }
}
