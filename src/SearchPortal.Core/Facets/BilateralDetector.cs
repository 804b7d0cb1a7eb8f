using SearchPortal.Core.Facets.Matching;
using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Recognises the "Bilateral" format: a sentence about a visit, a call, talks or relations that names exactly two
/// states, or a two-country compound before a relations word ("Kazakh-Chinese relations", "kasachisch-chinesischer
/// Strategiedialog"). Conservative: "bilateral relations" among six countries does not count.
/// </summary>
internal sealed class BilateralDetector
{
    public const string Format = "Bilateral";

    private static readonly string[] CueSpellings =
    [
        "state visit", "official visit", "working visit", "return visit", "telephone conversation", "phone conversation",
        "telephone call", "phone call", "telephone talks", "phone talks", "telephone talk", "held talks", "bilateral",
        "Staatsbesuch", "Arbeitsbesuch", "offizieller Besuch", "offiziellen Besuch", "Telefongespräch", "Telefonat", "telefonierte",
        "telefonierten", "bilaterale", "bilateralen", "bilateraler", "bilaterales", "Strategiedialog",
    ];

    private static readonly HashSet<string> RelationWords = new(StringComparer.Ordinal)
    {
        "relations", "ties", "talks", "dialogue", "dialog", "strategic", "cooperation", "partnership", "summit", "meeting",
        "negotiations", "consultations", "beziehungen", "gesprache", "strategiedialog", "zusammenarbeit", "partnerschaft",
        "gipfel", "treffen", "verhandlungen", "konsultationen", "regierungskonsultationen",
    };

    private readonly PhraseTrie cues = new();

    public BilateralDetector()
    {
        foreach (var spelling in CueSpellings)
        {
            cues.Add(SpellingKeys.Of(spelling), new PhraseTerminal(0, null, false));
        }

        cues.Freeze();
    }

    /// <summary>The character span of the bilateral cue in the sentence, or null.</summary>
    /// <param name="states">Distinct states the sentence names, countries of named officials included.</param>
    /// <param name="articleStates">Distinct countries in the whole article.</param>
    public (int Start, int End)? Find(SentenceWords sentence, List<PhraseMatch> countryMatches, int states, int articleStates)
    {
        for (var i = 1; i < countryMatches.Count; i++)
        {
            var first = countryMatches[i - 1];
            var second = countryMatches[i];
            if (first.End == second.Start && first.Entry != second.Entry && sentence.Words[second.Start].HyphenBefore && IsRelationAfter(sentence.Words, second.End))
            {
                return sentence.Span(first.Start, Math.Min(second.End + 1, sentence.Words.Count));
            }
        }

        if (states == 0 || states > 2 || (states == 1 && articleStates != 2))
        {
            return null;
        }

        var matches = new List<PhraseMatch>();
        cues.FindAll(sentence.Words, matches);
        return matches.Count == 0 ? null : sentence.Span(matches[0].Start, matches[0].End);
    }

    private static bool IsRelationAfter(List<WordToken> words, int index)
    {
        for (var i = index; i < words.Count && i < index + 2; i++)
        {
            if (RelationWords.Contains(words[i].Key))
            {
                return true;
            }
        }

        return false;
    }
}
