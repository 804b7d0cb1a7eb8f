using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Search.FacetCounting;

/// <summary>Counts the year dimension, indexed as numeric doc values; labels are the years as invariant strings.</summary>
internal sealed class YearDimensionCounter : DimensionCounter
{
    // Years of one archive span a few decades: a dense array from the first year seen beats a dictionary per hit.
    private int[] byYear = new int[64];
    private int firstYear;
    private bool counted;
    private NumericDocValues? values;
    private IBits? present;

    public YearDimensionCounter(string dimension)
        : base(dimension)
    {
    }

    public override void SetNextReader(AtomicReader reader)
    {
        values = reader.GetNumericDocValues(Dimension);
        present = values is null ? null : reader.GetDocsWithField(Dimension);
    }

    public override void Count(int doc)
    {
        if (values is null || present is null || !present.Get(doc))
        {
            return;
        }

        var year = (int)values.Get(doc);
        if (!counted)
        {
            firstYear = year;
            counted = true;
        }

        var slot = year - firstYear;
        if ((uint)slot >= (uint)byYear.Length)
        {
            slot = Grow(year);
        }

        byYear[slot]++;
    }

    public override void Finish()
    {
        for (var slot = 0; slot < byYear.Length; slot++)
        {
            if (byYear[slot] > 0)
            {
                var label = (firstYear + slot).ToString(CultureInfo.InvariantCulture);
                Counts[label] = Counts.GetValueOrDefault(label) + byYear[slot];
                byYear[slot] = 0;
            }
        }
    }

    /// <summary>Widens the array to take <paramref name="year"/>, keeping the counts so far; returns its slot.</summary>
    private int Grow(int year)
    {
        var from = Math.Min(firstYear, year);
        var to = Math.Max(firstYear + byYear.Length - 1, year);
        var grown = new int[Math.Max(byYear.Length * 2, to - from + 1)];
        Array.Copy(byYear, 0, grown, firstYear - from, byYear.Length);
        byYear = grown;
        firstYear = from;
        return year - from;
    }
}
