using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// Counts the values of one facet dimension over the documents it is shown: per segment an array slot per ordinal,
/// folded into counts per label when the segment ends.
/// </summary>
internal sealed class DimensionCounter(string dimension)
{
    private int[] ordinalCounts = [];
    private DimensionOrdinals segment = DimensionOrdinals.None;

    public string Dimension { get; } = dimension;

    /// <summary>Counts per value label, complete once <see cref="Finish"/> has run.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public void SetNextSegment(DimensionOrdinals ordinals)
    {
        Finish();
        segment = ordinals;
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

    /// <summary>Folds the last segment's counts into <see cref="Counts"/>.</summary>
    public void Finish()
    {
        var labels = segment.Labels;
        for (var ord = 0; ord < labels.Length; ord++)
        {
            var count = ordinalCounts[ord];
            if (count != 0)
            {
                ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(Counts, labels[ord], out _);
                total += count;
                ordinalCounts[ord] = 0;
            }
        }

        segment = DimensionOrdinals.None;
    }
}
