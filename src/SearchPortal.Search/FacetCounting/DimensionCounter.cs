using System.Runtime.CompilerServices;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// Counts the values of one facet dimension over the documents it is shown: per segment an array slot per ordinal
/// (a range of an array the request's dimensions share), folded into an array over the opened index's
/// <see cref="GlobalOrdinals"/> when the segment ends.
/// </summary>
internal sealed class DimensionCounter(string dimension, GlobalOrdinals global)
{
    private int[] ordinalCounts = [];
    private int offset;
    private int[] segmentMap = [];
    private DimensionOrdinals segment = DimensionOrdinals.None;

    public string Dimension { get; } = dimension;

    /// <summary>The labels <see cref="Totals"/> counts.</summary>
    public GlobalOrdinals Global { get; } = global;

    /// <summary>Counts per global ordinal, complete once <see cref="Finish"/> has run.</summary>
    public int[] Totals { get; } = new int[global.Labels.Length];

    /// <param name="ordinals">The segment's ordinals of the dimension.</param>
    /// <param name="map">The global ordinal of each of the segment's (<see cref="GlobalOrdinals.SegmentMap"/>).</param>
    /// <param name="counts">Where the segment's counts go, all zero from <paramref name="from"/> on for the segment's
    /// ordinals; others may count into the rest of it.</param>
    /// <param name="from">The slot of ordinal 0 in <paramref name="counts"/>.</param>
    public void SetNextSegment(DimensionOrdinals ordinals, int[] map, int[] counts, int from)
    {
        Finish();
        segment = ordinals;
        segmentMap = map;
        ordinalCounts = counts;
        offset = from;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc) => segment.CountInto(doc, ordinalCounts, offset);

    /// <summary>Adds the counts of the current segment's ordinals at once, counted elsewhere (a census of the segment).</summary>
    public void CountAll(int[] counts)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            ordinalCounts[offset + ord] += counts[ord];
        }
    }

    /// <summary>Folds the last segment's counts into <see cref="Totals"/>, leaving its slots at zero.</summary>
    public void Finish()
    {
        var map = segmentMap;
        var totals = Totals;
        var counts = ordinalCounts;
        var length = segment.Labels.Length;
        for (var ord = 0; ord < length; ord++)
        {
            var count = counts[offset + ord];
            if (count != 0)
            {
                totals[map[ord]] += count;
                counts[offset + ord] = 0;
            }
        }

        segment = DimensionOrdinals.None;
        segmentMap = [];
    }

    /// <summary>Adds what <paramref name="other"/> (the counter of the same dimension in another slice) counted.</summary>
    public void Add(DimensionCounter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        other.Finish();
        var totals = Totals;
        var theirs = other.Totals;
        for (var ord = 0; ord < totals.Length; ord++)
        {
            totals[ord] += theirs[ord];
        }
    }
}
