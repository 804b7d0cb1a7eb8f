using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets.Matching;

/// <summary>
/// Tells a country from a name that only contains one. A country spelling does not count:
/// <list type="bullet">
/// <item>written lower-case when the vocabulary spells it capitalised ("a Thanksgiving turkey", "fine china"): a common noun;</item>
/// <item>after "University of", "College of" ("University of Georgia"): an institution's name;</item>
/// <item>before a capitalised institution or place word ("Georgia State University", "Georgia Tech", "Turkey Creek"): part of that name;</item>
/// <item>next to a food or animal word ("Thanksgiving Turkey", "turkey dinner"): the bird.</item>
/// </list>
/// Names with a wider ambiguity stay the archivist's: the vocabulary's <c>ignore</c> list ("Guinea pig", "New Mexico")
/// and <c>needsCue</c> list ("Jordan", "Chad" count only after "in", "of", "to", "from": not "Michael Jordan").
/// </summary>
internal sealed class CountryContext : IMatchContext
{
    private static readonly HashSet<string> InstitutionsBefore = new(StringComparer.Ordinal) { "university", "college", "universitat" };

    private static readonly HashSet<string> NamesAfter = new(StringComparer.Ordinal)
    {
        "state", "tech", "university", "college", "institute", "county", "creek", "avenue", "street", "bulldogs", "southern",
    };

    private static readonly HashSet<string> FoodWords = new(StringComparer.Ordinal)
    {
        "thanksgiving", "roast", "roasted", "wild", "dinner", "dinners", "sandwich", "sandwiches", "breast", "meat", "farmers",
        "pardon", "pardoned", "pardoning", "feathers", "christmas",
    };

    public bool Accepts(List<WordToken> words, int start, int end, PhraseTerminal terminal)
    {
        var first = words[start];
        if (terminal.Capitalized && !first.IsCapitalized)
        {
            return false;
        }

        if (start >= 2 && words[start - 1].Key is "of" && !words[start - 1].BreakBefore && InstitutionsBefore.Contains(words[start - 2].Key) && words[start - 2].IsCapitalized)
        {
            return false;
        }

        if (end < words.Count && !words[end].BreakBefore && !words[end].HyphenBefore && words[end].IsCapitalized && NamesAfter.Contains(words[end].Key))
        {
            return false;
        }

        // Only the bird shares its name with a country: "Turkey" beside a food word.
        return first.Key is not ("turkey" or "turkeys")
            || !((start > 0 && FoodWords.Contains(words[start - 1].Key)) || (end < words.Count && FoodWords.Contains(words[end].Key)));
    }
}
