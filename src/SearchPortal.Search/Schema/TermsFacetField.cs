using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Search.Schema;

/// <summary>A dimension of text labels: a stored string term per value to filter, sorted-set doc values to count.</summary>
internal sealed class TermsFacetField : FacetField
{
    /// <summary>Ends the name of the field that widens a dimension to mentions: "country+mentions".</summary>
    public const string MentionsSuffix = "+mentions";

    private readonly Field.Store store;
    private readonly TermsFacetField? withMentions;

    /// <param name="withRoles">Whether the dimension's values are about the article or only mentioned: then it gets a
    /// second field of every value, unstored since the evidence already stores them.</param>
    public TermsFacetField(string dimension, bool withRoles = false)
        : this(dimension, Field.Store.YES)
    {
        withMentions = withRoles ? new TermsFacetField(dimension + MentionsSuffix, Field.Store.NO) : null;
    }

    private TermsFacetField(string name, Field.Store store)
        : base(name)
    {
        this.store = store;
    }

    public override FacetField? WithMentions => withMentions;

    public override DocValuesType CountedFrom => DocValuesType.SORTED_SET;

    public override Field[] NewFields(string value) =>
        [new StringField(Dimension, value, store), new SortedSetDocValuesField(Dimension, new BytesRef(value))];

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
