using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets;

/// <summary>A sentence of an article (or its title) with its words, prepared once for all facet finders.</summary>
internal sealed record SentenceWords(string Text, List<WordToken> Words, bool IsTitle)
{
    public static List<SentenceWords> Of(string title, string text)
    {
        var sentences = new List<SentenceWords>();
        if (!string.IsNullOrWhiteSpace(title))
        {
            var trimmed = title.Trim();
            sentences.Add(new SentenceWords(trimmed, WordTokenizer.Tokenize(trimmed), IsTitle: true));
        }

        foreach (var sentence in SentenceSplitter.Split(text))
        {
            sentences.Add(new SentenceWords(sentence, WordTokenizer.Tokenize(sentence), IsTitle: false));
        }

        return sentences;
    }

    /// <summary>Character offset where word <paramref name="start"/> begins and word <paramref name="end"/> - 1 ends.</summary>
    public (int Start, int End) Span(int start, int end) => (Words[start].Start, Words[end - 1].End);
}
