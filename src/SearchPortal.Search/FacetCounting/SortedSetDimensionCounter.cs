using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Search.FacetCounting;

/// <summary>Counts a dimension indexed as sorted-set doc values: per-segment ordinal counts, merged by label at segment end.</summary>
internal sealed class SortedSetDimensionCounter : DimensionCounter
{
    private readonly BytesRef scratch = new();
    private SortedSetDocValues? values;

    // Single-valued dimensions (lang, category) come wrapped as sets; their one ordinal is read directly.
    private SortedDocValues? single;
    private int[] ordinalCounts = [];
    private bool segmentCounted;

    public SortedSetDimensionCounter(string dimension)
        : base(dimension)
    {
    }

    public override void SetNextReader(AtomicReader reader)
    {
        Finish();
        values = reader.GetSortedSetDocValues(Dimension);
        single = values is null ? null : DocValues.UnwrapSingleton(values);
        var size = values is null ? 0 : (int)values.ValueCount;
        // Finish leaves every slot at zero, so a big enough array from an earlier segment can be reused as is.
        if (ordinalCounts.Length < size)
        {
            ordinalCounts = new int[size];
        }
    }

    public override void Count(int doc)
    {
        if (single is not null)
        {
            var one = single.GetOrd(doc);
            if (one >= 0)
            {
                ordinalCounts[one]++;
                segmentCounted = true;
            }

            return;
        }

        if (values is null)
        {
            return;
        }

        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            ordinalCounts[ord]++;
        }

        segmentCounted = true;
    }

    public override void Finish()
    {
        if (values is null || !segmentCounted)
        {
            return;
        }

        var size = (int)values.ValueCount;
        for (var ord = 0; ord < size; ord++)
        {
            var count = ordinalCounts[ord];
            if (count == 0)
            {
                continue;
            }

            values.LookupOrd(ord, scratch);
            var label = scratch.Utf8ToString();
            Counts[label] = Counts.GetValueOrDefault(label) + count;
            ordinalCounts[ord] = 0;
        }

        segmentCounted = false;
    }
}
