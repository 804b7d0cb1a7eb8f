using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.FacetCounting;

/// <summary>
/// One facet dimension of one segment, read out of its doc values into plain arrays: each document's value ordinals
/// and the label of every ordinal. Counting and filtering then cost an array read per hit instead of a doc-values
/// call that seeks and decodes packed bytes in the mapped file (half of a frequent word's search time at 1M articles).
/// Immutable once built, so every request shares it.
/// </summary>
internal sealed class DimensionOrdinals
{
    private static readonly string[] NoLabels = [];
    private readonly Dictionary<string, int> ordinalOfLabel;

    private DimensionOrdinals(string[] labels, int[]? single, int[]? starts, int[]? ordinals)
    {
        Labels = labels;
        Single = single;
        Starts = starts;
        Ordinals = ordinals;
        ordinalOfLabel = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < labels.Length; ord++)
        {
            ordinalOfLabel[labels[ord]] = ord;
        }
    }

    /// <summary>A dimension no document of the segment has: no labels, no ordinals.</summary>
    public static DimensionOrdinals None { get; } = new(NoLabels, null, null, null);

    /// <summary>The label of each ordinal.</summary>
    public string[] Labels { get; }

    /// <summary>Single-valued dimensions: the ordinal of each document, -1 without a value; null when multi-valued or absent.</summary>
    public int[]? Single { get; }

    /// <summary>Multi-valued dimensions: document d's ordinals are <see cref="Ordinals"/>[Starts[d]..Starts[d + 1]).</summary>
    public int[]? Starts { get; }

    public int[]? Ordinals { get; }

    /// <summary>Whether <paramref name="doc"/> has the value of ordinal <paramref name="ord"/>.</summary>
    public bool Has(int doc, int ord)
    {
        if (Single is { } single)
        {
            return single[doc] == ord;
        }

        if (Starts is { } starts)
        {
            var ordinals = Ordinals!;
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                if (ordinals[k] == ord)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds one to the slot of each of <paramref name="doc"/>'s ordinals in <paramref name="counts"/>, ordinal 0 at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CountInto(int doc, int[] counts, int offset = 0)
    {
        if (Single is { } single)
        {
            var ord = single[doc];
            if (ord >= 0)
            {
                counts[offset + ord]++;
            }
        }
        else if (Starts is { } starts)
        {
            var ordinals = Ordinals!;
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                counts[offset + ordinals[k]]++;
            }
        }
    }

    /// <summary>How many values <paramref name="doc"/> has in this dimension.</summary>
    public int ValueCount(int doc) =>
        Single is { } single ? (single[doc] >= 0 ? 1 : 0)
        : Starts is { } starts ? starts[doc + 1] - starts[doc]
        : 0;

    /// <summary>Writes <paramref name="doc"/>'s ordinals plus <paramref name="offset"/> into <paramref name="slots"/> from <paramref name="at"/>; returns the place after them.</summary>
    public int CopySlots(int doc, ushort[] slots, int at, int offset)
    {
        if (Single is { } single)
        {
            if (single[doc] >= 0)
            {
                slots[at++] = (ushort)(offset + single[doc]);
            }
        }
        else if (Starts is { } starts)
        {
            var ordinals = Ordinals!;
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                slots[at++] = (ushort)(offset + ordinals[k]);
            }
        }

        return at;
    }

    /// <summary>The ordinal of a label in this segment, or -1 when no document here has it.</summary>
    public int OrdinalOf(string label) => ordinalOfLabel.GetValueOrDefault(label, -1);

    /// <summary>Reads the dimension of a segment from what its <see cref="FacetField"/> is counted from: sorted-set doc
    /// values, or numeric ones (the year); a dimension the index has no facet for has no ordinals.</summary>
    public static DimensionOrdinals Read(AtomicReader reader, string dimension)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var field = FacetFields.Find(dimension);
        return field?.CountedFrom switch
        {
            DocValuesType.SORTED_SET => ReadSortedSet(reader, dimension),
            DocValuesType.NUMERIC => ReadNumbers(reader, dimension, field.MissingLabel),
            _ => None,
        };
    }

    private static DimensionOrdinals ReadSortedSet(AtomicReader reader, string dimension)
    {
        var values = reader.GetSortedSetDocValues(dimension);
        var maxDoc = reader.MaxDoc;
        if (values is null)
        {
            return None;
        }

        var labels = new string[(int)values.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }

        if (DocValues.UnwrapSingleton(values) is { } one)
        {
            var single = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                single[doc] = one.GetOrd(doc);
            }

            return new DimensionOrdinals(labels, single, null, null);
        }

        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }

        starts[maxDoc] = ordinals.Count;
        return new DimensionOrdinals(labels, null, starts, [.. ordinals]);
    }

    // Documents without a number get the ordinal after the numbers', labelled <paramref name="missingLabel"/>, when
    // the field counts them as a bucket of their own.
    private static DimensionOrdinals ReadNumbers(AtomicReader reader, string dimension, string? missingLabel)
    {
        var maxDoc = reader.MaxDoc;
        var values = reader.GetNumericDocValues(dimension);
        var present = values is null ? null : reader.GetDocsWithField(dimension);
        if ((values is null || present is null) && (missingLabel is null || maxDoc == 0))
        {
            return None;
        }

        var single = new int[maxDoc];
        Array.Fill(single, -1);

        var numbers = new int[maxDoc];
        var distinct = new SortedSet<int>();
        var missing = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (present is not null && present.Get(doc))
            {
                numbers[doc] = (int)values!.Get(doc);
                distinct.Add(numbers[doc]);
                single[doc] = 0;
            }
            else
            {
                missing = true;
            }
        }

        var ordered = distinct.ToArray();
        var ordinalOfNumber = new Dictionary<int, int>(ordered.Length);
        for (var ord = 0; ord < ordered.Length; ord++)
        {
            ordinalOfNumber[ordered[ord]] = ord;
        }

        var missingOrdinal = missing && missingLabel is not null ? ordered.Length : -1;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            single[doc] = single[doc] == 0 ? ordinalOfNumber[numbers[doc]] : missingOrdinal;
        }

        var labels = ordered.Select(n => n.ToString(CultureInfo.InvariantCulture));
        return new DimensionOrdinals([.. missingOrdinal < 0 ? labels : labels.Append(missingLabel!)], single, null, null);
    }
}
