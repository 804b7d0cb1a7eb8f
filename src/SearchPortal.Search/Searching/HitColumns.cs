using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Search.FacetCounting;
using SearchPortal.Search.Highlighting;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Searching;

/// <summary>
/// The columns one segment's result-list entries are read from: its doc values, and its facet ordinals when the engine
/// keeps them (the values then come from arrays instead of seeking each value's bytes). Looked up once per segment
/// and page: looking each field up per hit was a fifth of reading a page of ten hits in a profile. Not thread-safe:
/// one page at a time reads through it.
/// </summary>
internal sealed class HitColumns
{
    private static readonly string[] NoValues = [];

    private readonly AtomicReader leaf;
    private readonly SegmentFacets? facets;
    private readonly SortedDocValues? ids;
    private readonly BinaryDocValues? titles;
    private readonly IBits? titled;
    private readonly SortedDocValues? sources;
    private readonly NumericDocValues? dates;
    private readonly NumericDocValues? years;
    private readonly IBits? dated;
    private readonly BytesRef scratch = new();
    private ValueColumn? languages;
    private ValueColumn? countries;
    private ValueColumn? formats;
    private ValueColumn? officials;

    /// <param name="leaf">The segment.</param>
    /// <param name="facets">The segment's facet ordinals; null to read the facet values from doc values.</param>
    public HitColumns(AtomicReader leaf, SegmentFacets? facets = null)
    {
        this.leaf = leaf ?? throw new ArgumentNullException(nameof(leaf));
        this.facets = facets;
        ids = leaf.GetSortedDocValues(ArticleFields.Id);
        titles = leaf.GetBinaryDocValues(ArticleFields.Title);
        titled = leaf.GetDocsWithField(ArticleFields.Title);
        sources = leaf.GetSortedDocValues(ArticleFields.Source);
        dates = leaf.GetNumericDocValues(ArticleFields.DateSort);
        years = leaf.GetNumericDocValues(ArticleFields.Year);
        dated = leaf.GetDocsWithField(ArticleFields.Year);
    }

    /// <summary>The result-list entry of document <paramref name="doc"/> of the segment.</summary>
    public SearchHit Read(int doc, float score, IReadOnlyList<MarkedText> snippets)
    {
        var language = (languages ??= Column(ArticleFields.Language)).Of(doc);
        return new SearchHit(
            Sorted(ids, doc) ?? string.Empty,
            titles is not null && titled is not null && titled.Get(doc) ? Text(titles, doc) : string.Empty,
            ArticleDocumentReader.FromDateSortKey(dates?.Get(doc) ?? 0L),
            language.Count > 0 ? language[0] : ArticleLanguage.Unknown,
            Sorted(sources, doc),
            score,
            new HitFacets(
                (countries ??= Column(ArticleFields.Country)).Of(doc),
                (formats ??= Column(ArticleFields.Format)).Of(doc),
                years is not null && dated is not null && dated.Get(doc) ? (int)years.Get(doc) : null,
                (officials ??= Column(ArticleFields.Official)).Of(doc)),
            snippets);
    }

    private string? Sorted(SortedDocValues? values, int doc)
    {
        var ord = values?.GetOrd(doc) ?? -1;
        if (ord < 0)
        {
            return null;
        }

        values!.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }

    private string Text(BinaryDocValues values, int doc)
    {
        values.Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    private ValueColumn Column(string field) => facets is null
        ? new ValueColumn(null, leaf.GetSortedSetDocValues(field), scratch)
        : new ValueColumn(facets.Ordinals(leaf, field), null, scratch);

    // A sorted-set field's values of one document in term order: from the facet ordinals (the same ordinals in the same
    // order, each label read once per segment) or from the doc values.
    private sealed class ValueColumn(DimensionOrdinals? ordinals, SortedSetDocValues? values, BytesRef scratch)
    {
        public IReadOnlyList<string> Of(int doc)
        {
            if (ordinals is not null)
            {
                return Labels(ordinals, doc);
            }

            if (values is null)
            {
                return NoValues;
            }

            return ArticleDocumentReader.ReadSortedSet(values, doc, scratch);
        }

        private static IReadOnlyList<string> Labels(DimensionOrdinals ordinals, int doc)
        {
            if (ordinals.Single is { } single)
            {
                return single[doc] is var ord && ord >= 0 ? [ordinals.Labels[ord]] : NoValues;
            }

            if (ordinals.Starts is not { } starts || starts[doc] == starts[doc + 1])
            {
                return NoValues;
            }

            var labels = new string[starts[doc + 1] - starts[doc]];
            for (var k = 0; k < labels.Length; k++)
            {
                labels[k] = ordinals.Labels[ordinals.Ordinals![starts[doc] + k]];
            }

            return labels;
        }
    }
}
