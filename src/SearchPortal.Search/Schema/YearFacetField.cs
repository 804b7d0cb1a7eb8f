using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Search.Schema;

/// <summary>
/// The year: an Int32 numeric field to filter by single years and ranges, numeric doc values to count. A filter value is
/// a year, a range ("2019..2023") or the undated articles (<see cref="FacetVocabulary.UndatedYear"/>), which are counted
/// as a bucket of their own.
/// </summary>
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
            else if (YearRange.TryParse(value, out var range))
            {
                any.Add(Range(range.From, range.To), Occur.SHOULD);
            }
            else if (value == FacetVocabulary.UndatedYear)
            {
                any.Add(Undated(), Occur.SHOULD);
            }
        }

        return any.Clauses.Count == 1 ? any.Clauses[0].Query : any;
    }

    /// <summary>Articles of the years <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public Query Range(int from, int to) => NumericRangeQuery.NewInt32Range(Dimension, from, to, true, true);

    public override string? Label(string value) =>
        value == FacetVocabulary.UndatedYear ? value : Parse(value)?.ToString(CultureInfo.InvariantCulture);

    public override IEnumerable<string> LabelsOf(string value, IReadOnlyList<string> labels) =>
        YearRange.TryParse(value, out var range)
            ? labels.Where(label => Parse(label) is { } year && range.Contains(year))
            : base.LabelsOf(value, labels);

    public override string MissingLabel => FacetVocabulary.UndatedYear;

    // Every document, less those with a year.
    private BooleanQuery Undated() => new(disableCoord: true)
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { Range(int.MinValue, int.MaxValue), Occur.MUST_NOT },
    };

    private static int? Parse(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null;
}
