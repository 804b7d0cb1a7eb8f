using Lucene.Net.Search;

namespace SearchPortal.Search.Querying;

/// <summary>
/// How the parts of a word analysed into several ("Nur-Sultan", "sugar-sweetened", "C5+1") count beside the whole,
/// which is the phrase of its parts and ranks first.
/// </summary>
/// <remarks>
/// A part may stand for the word on its own ("sugar" of "sugar-sweetened"), except where it is junk: a number of one or
/// two digits ("1" of "C5+1", "5+1", "P5+1") is in every other article ("Tier 1", "$1 billion"), and a part of a
/// capitalised name ("Nur" of "Nur-Sultan") is another word of its own ("nur" in 838 German articles). Those count
/// only with all parts of the word present, so an article naming "Nur" and "Sultan" apart still ranks, below the name.
/// </remarks>
internal static class WordParts
{
    private const int MaxJunkDigits = 2;

    /// <summary>The phrase, or any part (or all parts together) beside it, for <paramref name="parts"/> in order.</summary>
    public static Query Of(string word, IReadOnlyList<Query> parts, PhraseQuery phrase)
    {
        var any = new BooleanQuery(disableCoord: true);
        var name = IsCapitalisedName(word);
        var all = new BooleanQuery(disableCoord: true);
        foreach (var part in parts)
        {
            if (name)
            {
                all.Add(part, Occur.MUST);
            }
            else if (!IsShortNumber(part))
            {
                any.Add(part, Occur.SHOULD);
            }
        }

        if (all.Clauses.Count > 0)
        {
            any.Add(all, Occur.SHOULD);
        }

        if (any.Clauses.Count == 0)
        {
            return phrase;
        }

        any.Add(phrase, Occur.SHOULD);
        return any;
    }

    private static bool IsShortNumber(Query part) =>
        part is TermQuery { Term: var term } && term.Text.Length <= MaxJunkDigits && term.Text.All(char.IsAsciiDigit);

    // "Nur-Sultan", "Kassym-Jomart", "Al-Farabi": every run of letters starts with a capital, and there are no digits.
    private static bool IsCapitalisedName(string word)
    {
        var atStart = true;
        var sawPart = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (atStart && !char.IsUpper(c))
                {
                    return false;
                }

                sawPart |= atStart;
                atStart = false;
            }
            else if (char.IsDigit(c))
            {
                return false;
            }
            else
            {
                atStart = true;
            }
        }

        return sawPart;
    }
}
