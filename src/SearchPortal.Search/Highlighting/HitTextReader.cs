using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Reads the text and language of hits in one segment: from doc values, or from the stored fields of an
/// index written before the text was kept as doc values.</summary>
internal sealed class HitTextReader
{
    private readonly AtomicReader segment;
    private readonly BinaryDocValues? texts;
    private readonly IBits? hasText;
    private readonly SortedSetDocValues? languages;
    private readonly BytesRef scratch = new();

    public HitTextReader(AtomicReader segment)
    {
        this.segment = segment;
        texts = segment.GetBinaryDocValues(ArticleFields.Text);
        hasText = segment.GetDocsWithField(ArticleFields.Text);
        languages = segment.GetSortedSetDocValues(ArticleFields.Language);
    }

    /// <summary>The text and language code of <paramref name="doc"/> (segment-local).</summary>
    public (string Text, string Language) Read(int doc)
    {
        // A segment that merged in documents of an older index holds some without the doc values.
        if (texts is null || hasText is null || languages is null || !hasText.Get(doc))
        {
            var stored = new StoredTextVisitor();
            segment.Document(doc, stored);
            return (stored.Text ?? string.Empty, stored.Language ?? Core.Articles.ArticleLanguage.Unknown);
        }

        texts.Get(doc, scratch);
        var text = Encoding.UTF8.GetString(scratch.Bytes, scratch.Offset, scratch.Length);
        var language = Core.Articles.ArticleLanguage.Unknown;
        languages.SetDocument(doc);
        var ord = languages.NextOrd();
        if (ord != SortedSetDocValues.NO_MORE_ORDS)
        {
            languages.LookupOrd(ord, scratch);
            language = scratch.Utf8ToString();
        }

        return (text, language);
    }
}
