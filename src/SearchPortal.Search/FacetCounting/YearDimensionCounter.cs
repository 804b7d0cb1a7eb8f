using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Search.FacetCounting;

/// <summary>Counts the year dimension, indexed as numeric doc values; labels are the years as invariant strings.</summary>
internal sealed class YearDimensionCounter : DimensionCounter
{
    private readonly Dictionary<int, int> byYear = [];
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
        byYear[year] = byYear.GetValueOrDefault(year) + 1;
    }

    public override void Finish()
    {
        foreach (var (year, count) in byYear)
        {
            var label = year.ToString(CultureInfo.InvariantCulture);
            Counts[label] = Counts.GetValueOrDefault(label) + count;
        }

        byYear.Clear();
    }
}
