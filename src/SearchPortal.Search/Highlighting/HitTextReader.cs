using System.Text;
using System.Text.Unicode;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Reads the text and language of hits in one segment from their doc values.</summary>
internal sealed class HitTextReader
{
    private readonly BinaryDocValues? texts;
    private readonly SortedSetDocValues? languages;
    private readonly BytesRef scratch = new();

    public HitTextReader(AtomicReader segment)
    {
        texts = segment.GetBinaryDocValues(ArticleFields.Text);
        languages = segment.GetSortedSetDocValues(ArticleFields.Language);
    }

    /// <summary>
    /// The text of <paramref name="doc"/> (segment-local) as far as <see cref="HighlightedPrefix.Length"/> with
    /// <paramref name="maxChars"/> needs it (one character more), and its language.
    /// </summary>
    public HitText Read(int doc, int maxChars)
    {
        // The indexer writes both doc values for every article; a segment without them has no articles to read.
        if (texts is null || languages is null)
        {
            return new HitText(string.Empty, false, Core.Articles.ArticleLanguage.Unknown);
        }

        texts.Get(doc, scratch);
        var (text, continues) = Decode(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length), maxChars + 1);
        var language = Core.Articles.ArticleLanguage.Unknown;
        languages.SetDocument(doc);
        var ord = languages.NextOrd();
        if (ord != SortedSetDocValues.NO_MORE_ORDS)
        {
            languages.LookupOrd(ord, scratch);
            language = scratch.Utf8ToString();
        }

        return new HitText(text, continues, language);
    }

    // Decodes at most `chars` characters: a long briefing is not turned into a string of 60,000 characters for the
    // 10,000 that snippets look at.
    private static (string Text, bool Continues) Decode(ReadOnlySpan<byte> utf8, int chars)
    {
        if (utf8.Length <= chars)
        {
            return (Encoding.UTF8.GetString(utf8), false);
        }

        var buffer = new char[chars];
        Utf8.ToUtf16(utf8, buffer, out var read, out var written);
        return (new string(buffer, 0, written), HasNonWhiteSpace(utf8[read..]));
    }

    private static bool HasNonWhiteSpace(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (!Rune.IsWhiteSpace(rune))
            {
                return true;
            }

            utf8 = utf8[consumed..];
        }

        return false;
    }
}
