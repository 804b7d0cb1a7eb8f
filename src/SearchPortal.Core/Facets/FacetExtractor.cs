using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets.Matching;
using SearchPortal.Core.Facets.Text;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Extracts countries, formats, year and officials from an article's title and text, each with its evidence sentences.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class FacetExtractor
{
    private readonly FacetVocabulary vocabulary;
    private readonly PhraseTrie countries = new(context: new CountryContext());
    private readonly PhraseTrie formats = new();
    private readonly PhraseTrie officials = new(requireCapitalized: true);
    private readonly Dictionary<string, int[]> officialsBySurname = new(StringComparer.Ordinal);
    private readonly int[] officialCountries;
    private readonly OfficialPatternFinder patterns;
    private readonly BilateralDetector bilateral = new();
    private readonly SubjectScorer subjects;

    public FacetExtractor(FacetVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
        AddEntries(countries, vocabulary.Countries, withGenitive: true, cueRequired: CueRequiredKeys(vocabulary));
        foreach (var phrase in vocabulary.IgnoredPhrases)
        {
            AddSpelling(countries, phrase, PhraseTerminal.Ignored, withGenitive: true, needsCue: false);
        }

        AddEntries(formats, vocabulary.Formats, withGenitive: false, cueRequired: []);
        AddEntries(officials, vocabulary.Officials, withGenitive: true, cueRequired: []);
        countries.Freeze();
        formats.Freeze();
        officials.Freeze();
        officialCountries = new int[vocabulary.Officials.Count];
        var surnames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Officials.Count; i++)
        {
            var official = vocabulary.Officials[i];
            officialCountries[i] = IndexOfCountry(official.Country);
            foreach (var surname in OfficialSurnames.KeysOf(official))
            {
                if (!surnames.TryGetValue(surname, out var list))
                {
                    surnames[surname] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var (surname, list) in surnames)
        {
            officialsBySurname[surname] = [.. list];
        }

        patterns = new OfficialPatternFinder(vocabulary);
        subjects = new SubjectScorer(vocabulary);
    }

    /// <summary>The vocabulary this extractor matches.</summary>
    public FacetVocabulary Vocabulary => vocabulary;

    public ArticleFacets Extract(Article article) => Extract(article, out _);

    /// <summary>Extracts the facets, each about the article or only mentioned; <paramref name="textDate"/> is the first full date in the text, if any.</summary>
    public ArticleFacets Extract(Article article, out DateOnly? textDate)
    {
        var sentences = SentenceWords.Of(article.Title, article.Text);
        var countryMatches = new List<PhraseMatch>[sentences.Count];
        var formatMatches = new List<PhraseMatch>[sentences.Count];
        var officialMatches = new List<PhraseMatch>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            countries.FindAll(sentences[s].Words, countryMatches[s] = []);
            formats.FindAll(sentences[s].Words, formatMatches[s] = []);
            officials.FindAll(sentences[s].Words, officialMatches[s] = []);
        }

        AddSurnameMentions(sentences, officialMatches);
        var listedFormats = FormatEnumeration.MentionedOnly(sentences, formatMatches).Select(entry => vocabulary.Formats[entry].Canonical).ToHashSet(StringComparer.Ordinal);
        var titled = patterns.FindAll(sentences, countryMatches, officialMatches);

        var countryValues = new EvidenceCollector();
        var formatValues = new EvidenceCollector();
        var officialValues = new EvidenceCollector();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            Collect(countryValues, s, sentence, countryMatches[s], vocabulary.Countries, static _ => null, topics: true);
            Collect(formatValues, s, sentence, formatMatches[s], vocabulary.Formats, static _ => null);
            Collect(officialValues, s, sentence, officialMatches[s], vocabulary.Officials, OfficialDetail);
            foreach (var (name, detail, start, end) in titled[s])
            {
                var known = vocabulary.Find(FacetDimension.Official, name);
                officialValues.Add(known?.Canonical ?? name, known is null ? detail : OfficialDetail(known), s, sentence.Text, start, end);
            }
        }

        AddHostCountries(sentences, countryValues);
        var states = new int[sentences.Count];
        var bilateralIn = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            states[s] = StatesIn(countryMatches[s], officialMatches[s]);
            if (bilateral.Find(sentences[s], countryMatches[s], states[s], countryValues.Count) is { } cue)
            {
                formatValues.Add(BilateralDetector.Format, null, s, sentences[s].Text, cue.Start, cue.End);
                bilateralIn[s] = true;
            }
        }

        var year = ArticleYear.Find(article.Date, sentences, out textDate);
        return subjects.Score(sentences, states, bilateralIn, countryValues, formatValues, officialValues, year, listedFormats);
    }

    /// <summary>A gazetteer official's principal office with years; else "Role, Country" of a vocabulary official, or just the one present.</summary>
    public static string? OfficialDetail(VocabularyEntry official) =>
        official.Offices is { Count: > 0 } offices ? offices[0] : (official.Role, official.Country) switch
        {
            (null, null) => null,
            ({ } role, null) => role,
            (null, { } country) => country,
            ({ } role, { } country) => $"{role}, {country}",
        };

    /// <summary>Adds "Tokayev" or "President Xi" once the same article names exactly one official with that surname in full.</summary>
    private void AddSurnameMentions(List<SentenceWords> sentences, List<PhraseMatch>[] officialMatches)
    {
        var named = new HashSet<int>();
        foreach (var matches in officialMatches)
        {
            foreach (var match in matches)
            {
                named.Add(match.Entry);
            }
        }

        if (named.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            var matches = officialMatches[s];
            var covered = 0;
            var found = new List<PhraseMatch>();
            for (var i = 0; i < words.Count; i++)
            {
                while (covered < matches.Count && matches[covered].End <= i)
                {
                    covered++;
                }

                if (covered < matches.Count && matches[covered].Start <= i)
                {
                    continue;
                }

                var word = words[i].Surface;
                if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]) || !officialsBySurname.TryGetValue(words[i].Key, out var candidates))
                {
                    continue;
                }

                var entry = -1;
                foreach (var candidate in candidates)
                {
                    if (named.Contains(candidate))
                    {
                        entry = entry == -1 ? candidate : -2;
                    }
                }

                if (entry >= 0)
                {
                    found.Add(new PhraseMatch(entry, i, i + 1));
                }
            }

            if (found.Count > 0)
            {
                matches.AddRange(found);
                matches.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }
        }
    }

    /// <summary>The country of a city where the title or the first sentence places the visit or meeting.</summary>
    private void AddHostCountries(List<SentenceWords> sentences, EvidenceCollector countryValues)
    {
        var first = sentences.FindIndex(static sentence => !sentence.IsTitle);
        var last = first < 0 ? sentences.Count - 1 : first;
        for (var s = 0; s <= last; s++)
        {
            foreach (var (country, start, end) in HostCity.Find(sentences[s].Words))
            {
                if (IndexOfCountry(country) >= 0)
                {
                    var (from, to) = sentences[s].Span(start, end);
                    countryValues.Add(country, null, s, sentences[s].Text, from, to);
                }
            }
        }
    }

    private int StatesIn(List<PhraseMatch> countryMatches, List<PhraseMatch> officialMatches)
    {
        var states = new HashSet<int>();
        foreach (var match in countryMatches)
        {
            states.Add(match.Entry);
        }

        foreach (var match in officialMatches)
        {
            if (officialCountries[match.Entry] >= 0)
            {
                states.Add(officialCountries[match.Entry]);
            }
        }

        return states.Count;
    }

    private static void Collect(EvidenceCollector values, int index, SentenceWords sentence, List<PhraseMatch> matches, IReadOnlyList<VocabularyEntry> entries, Func<VocabularyEntry, string?> detail, bool topics = false)
    {
        foreach (var match in matches)
        {
            var entry = entries[match.Entry];
            var (start, end) = sentence.Span(match.Start, match.End);
            var topic = topics && TopicMention.Is(sentence.Words, match.Start, match.End);
            values.Add(entry.Canonical, detail(entry), index, sentence.Text, start, end, topic);
        }
    }

    private int IndexOfCountry(string? canonical)
    {
        for (var i = 0; canonical is not null && i < vocabulary.Countries.Count; i++)
        {
            if (vocabulary.Countries[i].Canonical == canonical)
            {
                return i;
            }
        }

        return -1;
    }

    private static HashSet<string> CueRequiredKeys(FacetVocabulary vocabulary)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spelling in vocabulary.CueRequiredSpellings)
        {
            keys.Add(string.Join(' ', SpellingKeys.Of(spelling)));
        }

        return keys;
    }

    private static void AddEntries(PhraseTrie trie, IReadOnlyList<VocabularyEntry> entries, bool withGenitive, HashSet<string> cueRequired)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var spelling in entries[i].Aliases.Prepend(entries[i].Canonical))
            {
                var needsCue = cueRequired.Contains(string.Join(' ', SpellingKeys.Of(spelling)));
                AddSpelling(trie, spelling, i, withGenitive, needsCue);
            }
        }
    }

    private static void AddSpelling(PhraseTrie trie, string spelling, int entry, bool withGenitive, bool needsCue)
    {
        if (SpellingKeys.IsCaseSensitive(spelling))
        {
            trie.Add(SpellingKeys.Of(spelling), new PhraseTerminal(entry, SpellingKeys.SurfacesOf(spelling), needsCue));
            return;
        }

        foreach (var keys in SpellingKeys.Variants(SpellingKeys.Of(spelling), withGenitive))
        {
            trie.Add(keys, new PhraseTerminal(entry, null, needsCue) { Capitalized = char.IsUpper(spelling[0]) });
        }
    }
}
