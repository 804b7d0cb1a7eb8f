using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.Schema;

/// <summary>A dimension of text labels: a stored string term per value to filter, sorted-set doc values to count.</summary>
internal sealed class TermsFacetField(string dimension) : FacetField(dimension)
{
    public override DocValuesType CountedFrom => DocValuesType.SORTED_SET;

    public override Field[] NewFields(string value) =>
        [new StringField(Dimension, value, Field.Store.YES), new SortedSetDocValuesField(Dimension, new BytesRef(value))];

    public override void Refill(Field[] fields, string value)
    {
        fields[0].SetStringValue(value);
        fields[1].SetBytesValue(new BytesRef(value));
    }

    public override Query Matching(IReadOnlyList<string> values)
    {
        if (values.Count == 1)
        {
            return new TermQuery(new Term(Dimension, values[0]));
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(Dimension, value)), Occur.SHOULD);
        }

        return any;
    }

    public override string? Label(string value) => value;
}
