using SearchPortal.Core.Facets.Matching;
using SearchPortal.Core.Facets.Text;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Facets;

/// <summary>Finds officials missing from the vocabulary by their title: "Foreign Minister X Y", "Präsident X Y", "Minister of Foreign Affairs of Z, X Y".</summary>
internal sealed class OfficialPatternFinder
{
    private const int MaxNameWords = 3;

    private static readonly (string Spelling, string Role)[] RoleSpellings =
    [
        ("President", "President"), ("Präsident", "President"), ("Staatspräsident", "President"), ("Staatschef", "President"),
        ("Vice President", "Vice President"), ("Vizepräsident", "Vice President"),
        ("Prime Minister", "Prime Minister"), ("Premierminister", "Prime Minister"), ("Ministerpräsident", "Prime Minister"), ("Premier", "Premier"),
        ("Deputy Prime Minister", "Deputy Prime Minister"), ("Vice Premier", "Vice Premier"), ("Vizepremier", "Vice Premier"),
        ("Foreign Minister", "Foreign Minister"), ("Minister of Foreign Affairs", "Foreign Minister"), ("Außenminister", "Foreign Minister"),
        ("Vice Foreign Minister", "Deputy Foreign Minister"), ("Deputy Foreign Minister", "Deputy Foreign Minister"),
        ("Secretary of State", "Secretary of State"), ("Chancellor", "Chancellor"), ("Bundeskanzler", "Chancellor"),
    ];

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "these", "he", "she", "it", "they", "we", "his", "her", "its", "their", "on", "in", "at", "of",
        "and", "or", "but", "for", "with", "also", "today", "said", "says", "has", "had", "was", "is", "will", "who", "which",
        "der", "die", "das", "und", "des", "dem", "den", "ein", "eine", "am", "im", "zu", "mit", "von", "bei", "nach", "auf",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "president", "minister", "prime", "foreign", "deputy", "vice", "secretary", "state", "chairman", "head", "affairs",
        "government", "ministry", "republic", "council", "assembly", "summit", "meeting", "forum", "office", "committee",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "sir", "madam", "herr", "frau", "prof" };

    private readonly PhraseTrie roles = new();
    private readonly string[] roleNames;
    private readonly IReadOnlyList<VocabularyEntry> countries;

    public OfficialPatternFinder(IReadOnlyList<VocabularyEntry> countries)
    {
        this.countries = countries;
        roleNames = new string[RoleSpellings.Length];
        for (var i = 0; i < RoleSpellings.Length; i++)
        {
            roleNames[i] = RoleSpellings[i].Role;
            roles.Add(SpellingKeys.Of(RoleSpellings[i].Spelling), new PhraseTerminal(i, null, false));
        }

        roles.Freeze();
    }

    /// <summary>Titled names in <paramref name="sentence"/> that no vocabulary official already covers.</summary>
    public List<(string Name, string Detail, int Start, int End)> Find(SentenceWords sentence, List<PhraseMatch> countryMatches, List<PhraseMatch> officialMatches)
    {
        var found = new List<(string, string, int, int)>();
        var roleMatches = new List<PhraseMatch>();
        roles.FindAll(sentence.Words, roleMatches);
        foreach (var role in roleMatches)
        {
            var words = sentence.Words;

            // "the President's Child Tax Credit event": a possessive role is followed by a thing, not a name.
            var roleEnd = words[role.End - 1].End;
            if (roleEnd >= 2 && sentence.Text[roleEnd - 1] is 's' or 'S' && sentence.Text[roleEnd - 2] is '\'' or '\u2019')
            {
                continue;
            }

            var country = CountryEndingAt(countryMatches, role.Start);
            var position = role.End;

            // "Minister of Foreign Affairs of Kazakhstan, X Y", "Außenminister Kasachstans, X Y", "Außenminister der Kirgisischen Republik, X Y"
            var skip = position < words.Count && words[position].Key is "of" or "der" or "des" or "von" ? 1 : 0;
            if (CountryStartingAt(countryMatches, position + skip) is { } after && (after.End >= words.Count || words[after.End].BreakBefore))
            {
                country = countries[after.Entry].Canonical;
                position = after.End;
            }

            while (position < words.Count && Honorifics.Contains(words[position].Key))
            {
                position++;
            }

            var nameEnd = NameEnd(words, position, countryMatches);
            if (nameEnd < 0 || Overlaps(officialMatches, position, nameEnd))
            {
                continue;
            }

            if (country is null && nameEnd + 1 < words.Count && words[nameEnd].Key == "of" && CountryStartingAt(countryMatches, nameEnd + 1) is { } of)
            {
                country = countries[of.Entry].Canonical;
            }

            var (start, end) = sentence.Span(position, nameEnd);
            var name = sentence.Text[start..end];
            var detail = country is null ? roleNames[role.Entry] : $"{roleNames[role.Entry]}, {country}";
            found.Add((name, detail, start, end));
        }

        return found;
    }

    /// <summary>The end of a name of two or three capitalized words starting at <paramref name="start"/>, or -1.</summary>
    private static int NameEnd(List<WordToken> words, int start, List<PhraseMatch> countryMatches)
    {
        var nameWords = 0;
        var i = start;
        while (i < words.Count && IsNameWord(words[i]) && (i == start || !words[i].BreakBefore) && CountryAt(countryMatches, i) is null)
        {
            if (!words[i].HyphenBefore || i == start)
            {
                nameWords++;
            }

            i++;
        }

        // Four or more capitalized words in a row read as a headline or an organisation, not a name.
        return nameWords is >= 2 and <= MaxNameWords ? i : -1;
    }

    private static bool IsNameWord(WordToken word) =>
        word.Surface.Length > 1 && char.IsUpper(word.Surface[0]) && char.IsLower(word.Surface[1]) && !NotNames.Contains(word.Key);

    private static bool Overlaps(List<PhraseMatch> matches, int start, int end)
    {
        foreach (var match in matches)
        {
            if (match.Start < end && start < match.End)
            {
                return true;
            }
        }

        return false;
    }

    private string? CountryEndingAt(List<PhraseMatch> matches, int end)
    {
        foreach (var match in matches)
        {
            if (match.End == end)
            {
                return countries[match.Entry].Canonical;
            }
        }

        return null;
    }

    private static PhraseMatch? CountryStartingAt(List<PhraseMatch> matches, int start)
    {
        foreach (var match in matches)
        {
            if (match.Start == start)
            {
                return match;
            }
        }

        return null;
    }

    private static PhraseMatch? CountryAt(List<PhraseMatch> matches, int index)
    {
        foreach (var match in matches)
        {
            if (match.Start <= index && index < match.End)
            {
                return match;
            }
        }

        return null;
    }
}
