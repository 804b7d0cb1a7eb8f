using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Schema;

/// <summary>
/// How one facet dimension is indexed, filtered, queried and counted: the one definition the document, the filters,
/// the query builder and the facet counting all use. The field is named as the dimension. A dimension whose values
/// have a role (country, format, official) holds there the values the article is about, and has a second field,
/// <see cref="WithMentions"/>, holding every value, so that a search can widen its filters to mentions.
/// </summary>
internal abstract class FacetField(string dimension)
{
    /// <summary>The dimension, which is also the name of its index field.</summary>
    public string Dimension { get; } = dimension;

    /// <summary>The field of the same dimension holding the values the article only mentions as well; null when the
    /// dimension's values have no role (year, language, category).</summary>
    public virtual FacetField? WithMentions => null;

    /// <summary>What facet counting reads: sorted-set doc values of the labels, or numeric doc values.</summary>
    public abstract DocValuesType CountedFrom { get; }

    /// <summary>The fields one value of an article is indexed as: an indexed field to filter by, doc values to count.</summary>
    /// <exception cref="FormatException">The value is not one this dimension can index.</exception>
    public abstract Field[] NewFields(string value);

    /// <summary>Sets fields made by <see cref="NewFields"/> to another value, so that an indexing thread reuses them.</summary>
    public abstract void Refill(Field[] fields, string value);

    /// <summary>Documents carrying any of <paramref name="values"/>; a value this dimension cannot hold matches nothing.</summary>
    public abstract Query Matching(IReadOnlyList<string> values);

    /// <summary>The label facet counting gives <paramref name="value"/>, or null when no document can carry it.</summary>
    public abstract string? Label(string value);

    /// <summary>The labels among a segment's <paramref name="labels"/> that the filter value selects: its own label by
    /// default, several for a value that spans labels (a range of years).</summary>
    public virtual IEnumerable<string> LabelsOf(string value, IReadOnlyList<string> labels) =>
        Label(value) is { } label ? [label] : [];

    /// <summary>The label counted for documents without a value, as a bucket of their own; null when they are not counted.</summary>
    public virtual string? MissingLabel => null;
}
