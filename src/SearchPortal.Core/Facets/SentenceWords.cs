using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets;

/// <summary>A sentence of an article (or its title) with its words, prepared once for all facet finders.</summary>
internal sealed record SentenceWords(string Text, List<WordToken> Words, bool IsTitle)
{
    /// <summary>The title and the sentences of the text with their words, in lists and words taken from <paramref name="buffers"/>.</summary>
    public static List<SentenceWords> Of(string title, string text, ExtractionBuffers buffers)
    {
        var texts = buffers.SentenceTexts;
        SentenceSplitter.Split(text, texts);
        var sentences = new List<SentenceWords>(texts.Count + 1);
        if (!string.IsNullOrWhiteSpace(title))
        {
            var trimmed = title.Trim();
            sentences.Add(new SentenceWords(trimmed, WordsOf(trimmed, buffers), IsTitle: true));
        }

        foreach (var sentence in texts)
        {
            sentences.Add(new SentenceWords(sentence, WordsOf(sentence, buffers), IsTitle: false));
        }

        return sentences;
    }

    /// <summary>Character offset where word <paramref name="start"/> begins and word <paramref name="end"/> - 1 ends.</summary>
    public (int Start, int End) Span(int start, int end) => (Words[start].Start, Words[end - 1].End);

    private static List<WordToken> WordsOf(string sentence, ExtractionBuffers buffers)
    {
        var words = buffers.WordList();
        WordTokenizer.Tokenize(sentence, words, buffers.Words);
        return words;
    }
}
