using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Search;

namespace SearchPortal.Search.Querying;

/// <summary>
/// How the parts of a word analysed into several ("Nur-Sultan", "sugar-sweetened", "C5+1") count beside the whole,
/// which is the phrase of its parts and ranks first.
/// </summary>
/// <remarks>
/// A part may stand for the word on its own ("sugar" of "sugar-sweetened"), except where it is junk: a number of one or
/// two digits ("1" of "C5+1", "5+1", "P5+1") is in every other article ("Tier 1", "$1 billion"), and a stop word of
/// either language ("Nur" of "Nur-Sultan") is in every German one (838 articles with "nur"). Those count only in the
/// phrase. Requiring all parts of every capitalised hyphenated word instead cost XQuAD-de 0.002 nDCG@10 (German writes
/// "Nord-Süd-Achse" where the paragraph has the parts apart).
/// </remarks>
internal static class WordParts
{
    private const int MaxJunkDigits = 2;

    /// <summary>The phrase, or any part that is no junk beside it, for <paramref name="parts"/> in order.</summary>
    public static Query Of(IReadOnlyList<Query> parts, PhraseQuery phrase)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var part in parts)
        {
            if (!IsJunk(part))
            {
                any.Add(part, Occur.SHOULD);
            }
        }

        if (any.Clauses.Count == 0)
        {
            return phrase;
        }

        any.Add(phrase, Occur.SHOULD);
        return any;
    }

    private static bool IsJunk(Query part)
    {
        if (part is not TermQuery { Term: var term })
        {
            return false;
        }

        var text = term.Text;
        return (text.Length <= MaxJunkDigits && text.All(char.IsAsciiDigit))
            || EnglishAnalyzer.DefaultStopSet.Contains(text)
            || GermanAnalyzer.DefaultStopSet.Contains(text);
    }
}
