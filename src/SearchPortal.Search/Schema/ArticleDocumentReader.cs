using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;

namespace SearchPortal.Search.Schema;

/// <summary>Reads indexed articles back: whole articles from stored fields and the text's doc values, single fields from
/// doc values.</summary>
internal static class ArticleDocumentReader
{
    /// <summary>The article as it was indexed (overrides are not stored: they are already folded into the facets).</summary>
    /// <param name="stored">The document's stored fields.</param>
    /// <param name="text">Its text, as <see cref="ReadText"/> reads it.</param>
    public static Article ToArticle(Document stored, string text)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new Article(
            stored.Get(ArticleFields.Id) ?? string.Empty,
            stored.Get(ArticleFields.Title) ?? string.Empty,
            text,
            stored.Get(ArticleFields.Language) ?? ArticleLanguage.Unknown,
            ParseDate(stored.Get(ArticleFields.Date)),
            stored.Get(ArticleFields.Source),
            stored.Get(ArticleFields.Url),
            stored.Get(ArticleFields.Category));
    }

    /// <summary>
    /// The text of a document (top-level id), read from its doc values by <see cref="ArticleTextReader"/>: it is not a
    /// stored field, since the stored fields' own compression of chunks of documents cost a tenth of the indexing CPU
    /// and a chunk to decompress per hit.
    /// </summary>
    public static string ReadText(IndexReader reader, int docId)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaf = reader.Leaves[ReaderUtil.SubIndex(docId, reader.Leaves)];
        return new ArticleTextReader(leaf.AtomicReader).Read(docId - leaf.DocBase);
    }

    /// <summary>The id of one document, read from doc values.</summary>
    public static string ReadId(AtomicReader leaf, int doc) =>
        ReadSorted(leaf, ArticleFields.Id, doc, new BytesRef()) ?? string.Empty;

    /// <summary>The content hash of one document, read from doc values; null when absent.</summary>
    public static string? ReadContentHash(AtomicReader leaf, int doc) =>
        ReadBinary(leaf, ArticleFields.ContentHash, doc, new BytesRef());

    /// <summary>Turns a yyyymmdd sort key back into a date; null for 0 or an impossible date.</summary>
    public static DateOnly? FromDateSortKey(long key)
    {
        if (key <= 0)
        {
            return null;
        }

        var year = (int)(key / 10000);
        var month = (int)(key / 100 % 100);
        var day = (int)(key % 100);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>A single-valued sorted doc value of one document; null when absent.</summary>
    public static string? ReadSorted(AtomicReader leaf, string field, int doc, BytesRef scratch)
    {
        var values = leaf.GetSortedDocValues(field);
        if (values is null || values.GetOrd(doc) < 0)
        {
            return null;
        }

        values.Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    /// <summary>A binary doc value of one document; null when absent.</summary>
    public static string? ReadBinary(AtomicReader leaf, string field, int doc, BytesRef scratch)
    {
        var values = leaf.GetBinaryDocValues(field);
        var present = leaf.GetDocsWithField(field);
        if (values is null || present is null || !present.Get(doc))
        {
            return null;
        }

        values.Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    /// <summary>The values of a sorted-set doc value of one document, in term order.</summary>
    public static List<string> ReadSortedSet(AtomicReader leaf, string field, int doc, BytesRef scratch)
    {
        var values = leaf.GetSortedSetDocValues(field);
        return values is null ? [] : ReadSortedSet(values, doc, scratch);
    }

    /// <summary>The values of one document in <paramref name="values"/>, in term order.</summary>
    public static List<string> ReadSortedSet(SortedSetDocValues values, int doc, BytesRef scratch)
    {
        var result = new List<string>();
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, scratch);
            result.Add(scratch.Utf8ToString());
        }

        return result;
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
