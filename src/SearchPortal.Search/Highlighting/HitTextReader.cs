using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Reads the text and language of hits in one segment from their doc values.</summary>
internal sealed class HitTextReader
{
    private readonly ArticleTextReader texts;
    private readonly SortedSetDocValues? languages;
    private readonly BytesRef scratch = new();

    public HitTextReader(AtomicReader segment)
    {
        texts = new ArticleTextReader(segment);
        languages = segment.GetSortedSetDocValues(ArticleFields.Language);
    }

    /// <summary>
    /// The text of <paramref name="doc"/> (segment-local) as far as <see cref="HighlightedPrefix.Length"/> with
    /// <paramref name="maxChars"/> needs it (one character more), and its language.
    /// </summary>
    public HitText Read(int doc, int maxChars)
    {
        // The indexer writes both doc values for every article; a segment without them has no articles to read.
        if (languages is null)
        {
            return new HitText(string.Empty, false, Core.Articles.ArticleLanguage.Unknown);
        }

        var (text, continues) = texts.Read(doc, maxChars + 1);
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
}
