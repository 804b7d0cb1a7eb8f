using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Decides for each country, format and official found in an article whether the article is about it or only
/// mentions it, from where and how it is named (see <see cref="AboutnessRules"/>), never from a list of articles.
/// Immutable after construction and safe to share between threads.
/// </summary>
internal sealed class SubjectScorer
{
    private readonly SubjectCues cues = new();
    private readonly Dictionary<string, string> countryOfOfficial = new(StringComparer.Ordinal);

    public SubjectScorer(FacetVocabulary vocabulary)
    {
        foreach (var official in vocabulary.Officials)
        {
            if (official.Country is { } country)
            {
                countryOfOfficial.TryAdd(official.Canonical, country);
            }
        }
    }

    /// <summary>The facets with their roles.</summary>
    /// <param name="sentences">The article's sentences, the title first when it has one.</param>
    /// <param name="states">Per sentence, the distinct states it names (countries of named officials included).</param>
    /// <param name="bilateral">Per sentence, whether the bilateral format was recognised in it: its two states are the parties.</param>
    public ArticleFacets Score(List<SentenceWords> sentences, int[] states, bool[] bilateral, EvidenceCollector countries, EvidenceCollector formats, EvidenceCollector officials, FacetValue? year, IReadOnlySet<string> listedFormats)
    {
        var roles = cues.Read(sentences);
        for (var s = 0; s < roles.Length; s++)
        {
            roles[s] |= bilateral[s] ? SentenceRole.Parties : SentenceRole.None;
        }

        const SentenceRole actor = SentenceRole.Parties | SentenceRole.Participants | SentenceRole.Speech;
        var aboutOfficials = About(officials, roles, (role, _) => (role & actor) != 0);
        var aboutCountries = About(countries, roles, (role, s) => (role & (SentenceRole.Parties | SentenceRole.Transcript)) == SentenceRole.Parties && (states[s] <= AboutnessRules.MaxParties || (role & SentenceRole.PartyRoll) != 0), SentenceRole.ReportedTalks);
        // An official's country is a subject only where the official stands among at most six states (a C5+1 meeting),
        // or three in the roll of an event: the heads of state a congratulation list or a summit's attendance names one
        // after the other do not make theirs one (kremlin_en: the site tags no member state of a CSTO summit).
        foreach (var official in aboutOfficials)
        {
            if (countryOfOfficial.TryGetValue(official, out var country) && countries.Contains(country)
                && officials.PlacesOf(official).Any(place => states[place.Sentence] <= MaxStatesOfOfficialSubject(roles[place.Sentence]) && (roles[place.Sentence] & SentenceRole.ReportedTalks) == 0))
            {
                aboutCountries.Add(country);
            }
        }

        // A format only ever listed among other platforms ("the UN, SCO, CICA and CIS") is mentioned, wherever it stands.
        var aboutFormats = About(formats, roles, (_, s) => bilateral[s]);
        aboutFormats.ExceptWith(listedFormats);
        return new ArticleFacets(countries.ToValues(aboutCountries), formats.ToValues(aboutFormats), year, officials.ToValues(aboutOfficials));
    }

    private static int MaxStatesOfOfficialSubject(SentenceRole role) =>
        (role & (SentenceRole.Attendance | SentenceRole.Parties)) == SentenceRole.Attendance ? AboutnessRules.MaxParties : AboutnessRules.MaxLeadValues;

    /// <summary>
    /// The values of one dimension the article is about: named in the title, in a lead sentence that does not list too
    /// many of them, in a sentence whose role <paramref name="subjectPlace"/> accepts, or repeated like the main values;
    /// a sentence with the role <paramref name="ignoredIn"/> (talks relayed from elsewhere) makes nothing a subject.
    /// </summary>
    private static HashSet<string> About(EvidenceCollector values, SentenceRole[] roles, Func<SentenceRole, int, bool> subjectPlace, SentenceRole ignoredIn = SentenceRole.None)
    {
        var about = new HashSet<string>(StringComparer.Ordinal);
        if (values.Count == 0)
        {
            return about;
        }

        var valuesPerSentence = new int[roles.Length];
        var sentenceCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var top = 0;
        foreach (var value in values.Values)
        {
            var last = -1;
            var count = 0;
            foreach (var place in values.PlacesOf(value))
            {
                if (place.Sentence != last)
                {
                    valuesPerSentence[place.Sentence]++;

                    // A topic is not a subject by repetition either: talks on Syria name it in every paragraph.
                    count += place.Topic ? 0 : 1;
                    last = place.Sentence;
                }
            }

            sentenceCounts[value] = count;
            top = Math.Max(top, count);
        }

        foreach (var value in values.Values)
        {
            var count = sentenceCounts[value];
            var subject = count >= AboutnessRules.MinRepeatSentences && count >= AboutnessRules.RepeatShareOfTop * top;
            foreach (var place in values.PlacesOf(value))
            {
                if (place.Topic || (roles[place.Sentence] & ignoredIn) != 0)
                {
                    continue;
                }

                var role = roles[place.Sentence];
                subject |= (role & SentenceRole.Title) != 0
                    || ((role & SentenceRole.Lead) != 0 && valuesPerSentence[place.Sentence] <= AboutnessRules.MaxLeadValues)
                    || subjectPlace(role, place.Sentence);
                if (subject)
                {
                    break;
                }
            }

            if (subject)
            {
                about.Add(value);
            }
        }

        return about;
    }
}
