using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Schema;

/// <summary>The year: an Int32 numeric field to filter by single years and ranges, numeric doc values to count.</summary>
internal sealed class YearFacetField(string dimension) : FacetField(dimension)
{
    public override DocValuesType CountedFrom => DocValuesType.NUMERIC;

    public override Field[] NewFields(string value)
    {
        var year = Parse(value) ?? throw new FormatException($"\"{value}\" is not a year.");
        return [new Int32Field(Dimension, year, Field.Store.YES), new NumericDocValuesField(Dimension, year)];
    }

    public override void Refill(Field[] fields, string value)
    {
        var year = Parse(value) ?? throw new FormatException($"\"{value}\" is not a year.");
        fields[0].SetInt32Value(year);
        fields[1].SetInt64Value(year);
    }

    public override Query Matching(IReadOnlyList<string> values)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values)
        {
            if (Parse(value) is { } year)
            {
                any.Add(Range(year, year), Occur.SHOULD);
            }
        }

        return any.Clauses.Count == 1 ? any.Clauses[0].Query : any;
    }

    /// <summary>Articles of the years <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public Query Range(int from, int to) => NumericRangeQuery.NewInt32Range(Dimension, from, to, true, true);

    public override string? Label(string value) => Parse(value)?.ToString(CultureInfo.InvariantCulture);

    private static int? Parse(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null;
}
