using System.Runtime.CompilerServices;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// Counts the values of one facet dimension over the documents it is shown: per segment an array slot per ordinal,
/// folded into an array over the opened index's <see cref="GlobalOrdinals"/> when the segment ends.
/// </summary>
internal sealed class DimensionCounter(string dimension, GlobalOrdinals global)
{
    private int[] ordinalCounts = [];
    private int[] segmentMap = [];
    private DimensionOrdinals segment = DimensionOrdinals.None;

    public string Dimension { get; } = dimension;

    /// <summary>The labels <see cref="Totals"/> counts.</summary>
    public GlobalOrdinals Global { get; } = global;

    /// <summary>Counts per global ordinal, complete once <see cref="Finish"/> has run.</summary>
    public int[] Totals { get; } = new int[global.Labels.Length];

    /// <param name="ordinals">The segment's ordinals of the dimension.</param>
    /// <param name="map">The global ordinal of each of the segment's (<see cref="GlobalOrdinals.SegmentMap"/>).</param>
    public void SetNextSegment(DimensionOrdinals ordinals, int[] map)
    {
        Finish();
        segment = ordinals;
        segmentMap = map;
        // Finish leaves every slot at zero, so a big enough array from an earlier segment is reused as is.
        if (ordinalCounts.Length < ordinals.Labels.Length)
        {
            ordinalCounts = new int[ordinals.Labels.Length];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc) => segment.CountInto(doc, ordinalCounts);

    /// <summary>Adds the counts of the current segment's ordinals at once, counted elsewhere (a census of the segment).</summary>
    public void CountAll(int[] counts)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            ordinalCounts[ord] += counts[ord];
        }
    }

    /// <summary>Folds the last segment's counts into <see cref="Totals"/>.</summary>
    public void Finish()
    {
        var map = segmentMap;
        var totals = Totals;
        var length = segment.Labels.Length;
        for (var ord = 0; ord < length; ord++)
        {
            var count = ordinalCounts[ord];
            if (count != 0)
            {
                totals[map[ord]] += count;
                ordinalCounts[ord] = 0;
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
