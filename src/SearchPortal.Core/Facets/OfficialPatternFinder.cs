using SearchPortal.Core.Facets.Matching;
using SearchPortal.Core.Facets.Text;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Facets;

/// <summary>Finds officials missing from the vocabulary by their title: "Foreign Minister X Y", "Präsident X Y", "Minister of Foreign Affairs of Z, X Y".</summary>
internal sealed class OfficialPatternFinder
{
    private const int MaxNameWords = 3;

    /// <summary>"Head of the Federal Service for the Oversight of Consumer Protection and Welfare Anna Popova" runs to fifteen words.</summary>
    private const int MaxHeadTitleWords = 18;

    private static readonly (string Spelling, string Role)[] RoleSpellings =
    [
        ("President", "President"), ("Präsident", "President"), ("Staatspräsident", "President"), ("Staatschef", "President"),
        ("Vice President", "Vice President"), ("Vizepräsident", "Vice President"),
        ("Prime Minister", "Prime Minister"), ("Premierminister", "Prime Minister"), ("Ministerpräsident", "Prime Minister"), ("Premier", "Premier"),
        ("Deputy Prime Minister", "Deputy Prime Minister"), ("Vice Premier", "Vice Premier"), ("Vizepremier", "Vice Premier"),
        ("Foreign Minister", "Foreign Minister"), ("Minister of Foreign Affairs", "Foreign Minister"), ("Außenminister", "Foreign Minister"),
        ("Vice Foreign Minister", "Deputy Foreign Minister"), ("Deputy Foreign Minister", "Deputy Foreign Minister"),
        ("Secretary of State", "Secretary of State"), ("Chancellor", "Chancellor"), ("Bundeskanzler", "Chancellor"),
        ("Minister", "Minister"), ("Governor", "Governor"), ("Mayor", "Mayor"), ("Speaker", "Speaker"), ("Aide", "Aide"),
        ("Presidential Aide", "Presidential Aide"), ("Chairman", "Chairman"), ("Chairwoman", "Chairwoman"), ("Director", "Director"),
        ("CEO", "CEO"), ("King", "King"), ("Crown Prince", "Crown Prince"), ("Emir", "Emir"),
        ("Chief State Sanitary Physician", "Chief State Sanitary Physician"), ("Chief State Sanitary Doctor", "Chief State Sanitary Physician"),
        ("Chief Sanitary Doctor", "Chief State Sanitary Physician"),
        ("Bürgermeister", "Mayor"), ("Gouverneur", "Governor"), ("König", "King"), ("Kronprinz", "Crown Prince"),
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
        "your", "excellency", "majesty", "highness", "presidential", "plenipotentiary", "envoy", "elect", "designate",
        "nobel", "peace", "prize", "award", "security", "strategy", "national", "federal", "special", "representative",
        "ambassador", "administration", "executive", "cabinet", "parliament", "general", "first", "former", "acting",
        "ladies", "gentlemen", "colleagues", "friends", "dear", "mister", "governor", "mayor", "speaker", "aide", "chairwoman",
        "director", "ceo", "king", "crown", "prince", "emir", "patriarch", "question", "remark", "reply", "answer",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "sir", "madam", "herr", "frau", "prof" };

    private readonly PhraseTrie roles = new();
    private readonly string[] roleNames;
    private readonly IReadOnlyList<VocabularyEntry> countries;
    private readonly FacetVocabulary vocabulary;
    private readonly HashSet<string> givenNames = new(StringComparer.Ordinal);

    public OfficialPatternFinder(FacetVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
        countries = vocabulary.Countries;
        roleNames = new string[RoleSpellings.Length];
        for (var i = 0; i < RoleSpellings.Length; i++)
        {
            roleNames[i] = RoleSpellings[i].Role;
            roles.Add(SpellingKeys.Of(RoleSpellings[i].Spelling), new PhraseTerminal(i, null, false));
        }

        roles.Freeze();

        // The first words of the thousands of officials' names: a name after a long office title must start with one.
        foreach (var official in vocabulary.Officials)
        {
            foreach (var spelling in official.Aliases.Prepend(official.Canonical))
            {
                if (SpellingKeys.Of(spelling) is { Length: >= 2 } keys && char.IsUpper(spelling[0]))
                {
                    givenNames.Add(keys[0]);
                }
            }
        }
    }

    /// <summary>
    /// Titled names per sentence (none in the title) that no vocabulary official already covers. A name the vocabulary
    /// knows becomes its canonical name; a shorter name whose words end a longer one found in the same article
    /// ("Le Drian", "Jean-Yves Le Drian") becomes the longer one.
    /// </summary>
    public List<(string Name, string Detail, int Start, int End)>[] FindAll(List<SentenceWords> sentences, List<PhraseMatch>[] countryMatches, List<PhraseMatch>[] officialMatches)
    {
        var found = new List<(string Name, string Detail, int Start, int End)>[sentences.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            found[s] = sentences[s].IsTitle ? [] : Find(sentences[s], countryMatches[s], officialMatches[s]);
            if (!sentences[s].IsTitle && SpeakerName(sentences[s], countryMatches[s], officialMatches[s]) is { } speaker)
            {
                found[s].Add(speaker);
            }

            if (!sentences[s].IsTitle)
            {
                found[s].AddRange(HeadsOf(sentences[s], countryMatches[s], officialMatches[s]));
                found[s].AddRange(ChurchHeads(sentences[s], officialMatches[s]));
            }

            foreach (var titled in found[s])
            {
                names.Add(titled.Name);
            }
        }

        foreach (var list in found)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var longer = names.FirstOrDefault(n => n.Length > list[i].Name.Length && n.EndsWith(" " + list[i].Name, StringComparison.Ordinal));
                if (longer is not null)
                {
                    list[i] = list[i] with { Name = longer };
                }
            }
        }

        return found;
    }

    private List<(string Name, string Detail, int Start, int End)> Find(SentenceWords sentence, List<PhraseMatch> countryMatches, List<PhraseMatch> officialMatches)
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

            // "President-Elect Gustavo Petro", "Foreign Minister-designate X Y": the suffix belongs to the title.
            while (position < words.Count && words[position].Key is "elect" or "designate" && !words[position].BreakBefore)
            {
                position++;
            }

            // "Minister of Foreign Affairs of Kazakhstan, X Y", "Außenminister Kasachstans, X Y", "Außenminister der Kirgisischen
            // Republik, X Y", and without the comma as en.kremlin.ru writes: "President of Turkey Recep Tayyip Erdogan".
            var afterCountry = false;
            var skip = position < words.Count && words[position].Key is "of" or "der" or "des" or "von" ? 1 : 0;

            // "Chief State Sanitary Doctor of the Russian Federation Anna Popova": the article before a country's full name
            // (of two words or more; "of the German Marshall Fund" names a body) and a given name after it.
            skip += skip == 1 && position + 2 < words.Count && words[position + 1].Key == "the" && CountryStartingAt(countryMatches, position + 2) is { } full
                && full.End - full.Start >= 2 && full.End < words.Count && givenNames.Contains(words[full.End].Key) ? 1 : 0;
            if (CountryStartingAt(countryMatches, position + skip) is { } after && (after.End >= words.Count || words[after.End].BreakBefore || NameEnd(words, after.End, countryMatches) > 0))
            {
                country = countries[after.Entry].Canonical;
                position = after.End;
                afterCountry = true;
            }

            while (position < words.Count && Honorifics.Contains(words[position].Key))
            {
                position++;
            }

            // "Mr President, Your Excellency": across a comma only a name after the title's country counts.
            var nameStart = position;
            var nameEnd = position < words.Count && (afterCountry || !words[position].BreakBefore) ? NameEnd(words, position, countryMatches) : -1;
            if (nameEnd < 0 && role.Start >= 3 && words[role.Start - 1].Key == "the" && words[role.Start - 1].BreakBefore)
            {
                // "Sergei Lavrov, the Minister of Foreign Affairs of Russia": the name before the title.
                (nameStart, nameEnd) = (NameStartBefore(words, role.Start - 1, countryMatches), role.Start - 1);
                nameEnd = nameStart >= 0 && NameEnd(words, nameStart, countryMatches) == nameEnd ? nameEnd : -1;
                country ??= position < words.Count && CountryStartingAt(countryMatches, position + skip) is { } of ? countries[of.Entry].Canonical : null;
            }

            if (nameEnd < 0 || Overlaps(officialMatches, nameStart, nameEnd))
            {
                continue;
            }

            if (country is null && nameEnd + 1 < words.Count && words[nameEnd].Key == "of" && CountryStartingAt(countryMatches, nameEnd + 1) is { } of2)
            {
                country = countries[of2.Entry].Canonical;
            }

            // The name ends with its last word as written: "George Bush's" is George Bush.
            var start = words[nameStart].Start;
            var end = words[nameEnd - 1].Start + words[nameEnd - 1].Surface.Length;
            var name = vocabulary.Resolve(FacetDimension.Official, sentence.Text[start..end]) ?? sentence.Text[start..end];
            var detail = country is null ? roleNames[role.Entry] : $"{roleNames[role.Entry]}, {country}";
            found.Add((name, detail, start, end));
        }

        return found;
    }

    /// <summary>
    /// The name after a long "Head of ..." title: "Head of the Republic of Crimea Sergei Aksyonov", "Head of the Federal
    /// Service for the Oversight of Consumer Protection and Welfare Anna Popova". The capitalised run after "Head of"
    /// ("of", "the", "and", "for" inside) ends with the name: its last two words, the first a given name some official in
    /// the gazetteer carries, so that an office or body at the end of the run ("Head of the Protocol Department") is none.
    /// </summary>
    private IEnumerable<(string Name, string Detail, int Start, int End)> HeadsOf(SentenceWords sentence, List<PhraseMatch> countryMatches, List<PhraseMatch> officialMatches)
    {
        var words = sentence.Words;
        for (var h = 0; h + 3 < words.Count; h++)
        {
            if (words[h].Surface != "Head" || words[h + 1].Key != "of")
            {
                continue;
            }

            var end = h + 2;
            while (end < words.Count && end < h + MaxHeadTitleWords && !words[end].BreakBefore
                && (words[end].IsCapitalized || words[end].Key is "of" or "the" or "for" or "and" && end + 1 < words.Count && words[end + 1].IsCapitalized))
            {
                end++;
            }

            var (first, last) = (end - 2, end - 1);
            if (first <= h + 2 || !IsNameWord(words[first]) || !IsNameWord(words[last]) || !givenNames.Contains(words[first].Key)
                || Overlaps(officialMatches, first, end) || CountryAt(countryMatches, first) is not null || CountryAt(countryMatches, last) is not null)
            {
                continue;
            }

            var (start, stop) = (words[first].Start, words[last].Start + words[last].Surface.Length);
            var text = sentence.Text[start..stop];
            yield return (vocabulary.Resolve(FacetDimension.Official, text) ?? text, "Head", start, stop);
        }
    }

    /// <summary>
    /// A patriarch or pope, known by one name and a regnal number, never a surname: "Patriarch Kirill of Moscow and All
    /// Russia", "Patriarch Alexy II", "Pope Francis". The title stays part of the value so that the one name is no phrase.
    /// </summary>
    private IEnumerable<(string Name, string Detail, int Start, int End)> ChurchHeads(SentenceWords sentence, List<PhraseMatch> officialMatches)
    {
        var words = sentence.Words;
        for (var t = 0; t + 1 < words.Count; t++)
        {
            if (words[t].Surface is not ("Patriarch" or "Pope") || words[t + 1].BreakBefore || !IsNameWord(words[t + 1]) || Overlaps(officialMatches, t + 1, t + 2))
            {
                continue;
            }

            var last = t + 2 < words.Count && !words[t + 2].BreakBefore && IsRegnalNumber(words[t + 2].Surface) ? t + 2 : t + 1;

            // "Patriarch Kirill Gundyaev" would be a whole personal name: the title pattern's, not this one.
            if (last == t + 1 && t + 2 < words.Count && !words[t + 2].BreakBefore && IsNameWord(words[t + 2]))
            {
                continue;
            }

            var (start, end) = (words[t].Start, words[last].End);
            yield return (vocabulary.Resolve(FacetDimension.Official, sentence.Text[start..end]) ?? sentence.Text[start..end], words[t].Surface, start, end);
        }
    }

    private static bool IsRegnalNumber(string word) => word.Length is > 0 and <= 5 && word.All(c => c is 'I' or 'V' or 'X');

    /// <summary>
    /// The name a transcript's speaker label ends with ("Head of Rospotrebnadzor Anna Popova: ...", "Anna Popova: ..."):
    /// its last two name words, as the Kremlin's labels give first name and surname after any title.
    /// </summary>
    private (string Name, string Detail, int Start, int End)? SpeakerName(SentenceWords sentence, List<PhraseMatch> countryMatches, List<PhraseMatch> officialMatches)
    {
        var last = SpeakerLabel.LastWord(sentence);
        var words = sentence.Words;
        if (last < 1 || !IsNameWord(words[last]) || !IsNameWord(words[last - 1]) || Overlaps(officialMatches, last - 1, last + 1)
            || CountryAt(countryMatches, last) is not null || CountryAt(countryMatches, last - 1) is not null
            || (last >= 2 && !NotNames.Contains(words[last - 2].Key) && IsNameWord(words[last - 2]) && last == 2))
        {
            return null;
        }

        var (start, end) = (words[last - 1].Start, words[last].End);
        var text = sentence.Text[start..end];
        return (vocabulary.Resolve(FacetDimension.Official, text) ?? text, "Speaker", start, end);
    }

    /// <summary>
    /// The end of a whole personal name starting at <paramref name="start"/>, or -1: two or three capitalized name
    /// words, with hyphenated parts ("Jae-in", "Jean-Yves") and particles ("el-Sisi", "bin", "von der", "Le Drian")
    /// kept, and not followed by a capitalized word that would make it a phrase ("Nobel Peace Prize", "Security Strategy").
    /// </summary>
    private static int NameEnd(List<WordToken> words, int start, List<PhraseMatch> countryMatches)
    {
        var nameWords = 0;
        var i = start;
        while (i < words.Count && (i == start || !words[i].BreakBefore) && CountryAt(countryMatches, i) is null)
        {
            var word = words[i];
            if (i > start && word.HyphenBefore && char.IsLetter(word.Surface[0]) && (char.IsLower(word.Surface[0]) || !NotNames.Contains(word.Key)))
            {
                i++;
            }
            else if (i > start && NameParticles.Contains(word.Key) && i + 1 < words.Count && !words[i + 1].BreakBefore && (IsNameWord(words[i + 1]) || words[i + 1].HyphenBefore))
            {
                i++;
            }
            else if (IsNameWord(word))
            {
                nameWords++;
                i++;
            }
            else
            {
                break;
            }
        }

        // Four or more capitalized words in a row read as a headline or an organisation, not a name; so does a name
        // running on into an office, prize or phrase word.
        var runsOn = i < words.Count && !words[i].BreakBefore && words[i].LooksLikeName && CountryAt(countryMatches, i) is null;
        return nameWords is >= 2 and <= MaxNameWords && !runsOn ? i : -1;
    }

    /// <summary>The first word of the name that ends just before <paramref name="end"/> (after a comma), or -1.</summary>
    private static int NameStartBefore(List<WordToken> words, int end, List<PhraseMatch> countryMatches)
    {
        var i = end - 1;
        while (i >= 0 && (IsNameWord(words[i]) || words[i].HyphenBefore || NameParticles.Contains(words[i].Key)) && CountryAt(countryMatches, i) is null)
        {
            if (words[i].BreakBefore || i == 0)
            {
                return IsNameWord(words[i]) ? i : -1;
            }

            i--;
        }

        return i + 1 < end && IsNameWord(words[i + 1]) ? i + 1 : -1;
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
