using System.Globalization;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The archivist-edited vocabulary of countries, diplomatic formats and officials, with every spelling of each.</summary>
/// <remarks>Immutable and shared: all lookups are built once in the constructor.</remarks>
public sealed class FacetVocabulary
{
    /// <summary>The file name of the vocabulary beside the binaries.</summary>
    public const string DefaultFileName = "facet-vocabulary.json";

    /// <summary>The generated officials gazetteer that <see cref="Load"/> reads from beside the vocabulary file when it is there.</summary>
    public const string GazetteerFileName = "officials-gazetteer.json";

    /// <summary>The year value of the articles without a year: their own bucket of the year facet, selectable like a year.</summary>
    public const string UndatedYear = "undated";

    private readonly SpellingIndex countryIndex;
    private readonly SpellingIndex formatIndex;
    private readonly SpellingIndex officialIndex;
    private readonly SpellingIndex placeIndex;
    private readonly Dictionary<string, VocabularyEntry?> officialsBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Dimension, string Canonical), string> germanNames = [];

    public FacetVocabulary(IReadOnlyList<VocabularyEntry> countries, IReadOnlyList<VocabularyEntry> formats, IReadOnlyList<VocabularyEntry> officials)
        : this(countries, formats, officials, [], [])
    {
    }

    /// <param name="ignoredPhrases">Phrases that never count as a country mention ("US-Dollar", "Latin America").</param>
    /// <param name="cueRequiredSpellings">Country spellings that are also personal names ("Jordan"); they count only after in/of/to/from.</param>
    /// <param name="places">Cities with their other names (Astana, Nur-Sultan): they widen a query, no facet counts them.</param>
    /// <exception cref="VocabularyException">An entry has no canonical name, a canonical name or spelling is used twice, or an official's country is unknown.</exception>
    public FacetVocabulary(
        IReadOnlyList<VocabularyEntry> countries,
        IReadOnlyList<VocabularyEntry> formats,
        IReadOnlyList<VocabularyEntry> officials,
        IReadOnlyList<string> ignoredPhrases,
        IReadOnlyList<string> cueRequiredSpellings,
        IReadOnlyList<VocabularyEntry>? places = null)
    {
        Countries = countries;
        Formats = formats;
        Officials = officials;
        IgnoredPhrases = ignoredPhrases;
        CueRequiredSpellings = cueRequiredSpellings;

        countryIndex = new SpellingIndex(countries, "countries");
        formatIndex = new SpellingIndex(formats, "formats");
        officialIndex = new SpellingIndex(officials, "officials");
        placeIndex = new SpellingIndex(places ?? [], "places");
        CheckOfficialCountries();
        IndexSurnames();
        IndexGermanNames();
    }

    public IReadOnlyList<VocabularyEntry> Countries { get; }

    public IReadOnlyList<VocabularyEntry> Formats { get; }

    public IReadOnlyList<VocabularyEntry> Officials { get; }

    /// <summary>Phrases that never count as a country mention, e.g. "US-Dollar" or "Latin America".</summary>
    public IReadOnlyList<string> IgnoredPhrases { get; }

    /// <summary>Country spellings that are also personal names ("Jordan", "Chad"): they count only after in/of/to/from/nach/aus/von.</summary>
    public IReadOnlyList<string> CueRequiredSpellings { get; }

    /// <summary>Reads and validates a vocabulary file, with the officials of the gazetteer beside it (<see cref="GazetteerFileName"/>) if present.</summary>
    /// <exception cref="VocabularyException">The file is missing, not JSON, or has invalid entries; the message names file and entry.</exception>
    public static FacetVocabulary Load(string path) => VocabularyFileReader.Read(path);

    /// <summary>Reads the vocabulary copied beside the application (<see cref="DefaultFileName"/> in AppContext.BaseDirectory).</summary>
    public static FacetVocabulary LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFileName));

    /// <summary>
    /// All spellings (canonical first) of the entry the phrase is a spelling of, ignoring case and diacritics,
    /// also for an inflected form ("kasachischen") or an official's unambiguous surname; empty when none.
    /// </summary>
    public IReadOnlyList<string> SpellingsOf(string phrase)
    {
        var key = KeyOf(phrase);
        if (key.Length == 0)
        {
            return [];
        }

        foreach (var index in (ReadOnlySpan<SpellingIndex>)[countryIndex, formatIndex, officialIndex, placeIndex])
        {
            if (index.Find(key) is { } entry)
            {
                return index.SpellingsOf(entry);
            }
        }

        return officialsBySurname.TryGetValue(key, out var official) && official is not null
            ? officialIndex.SpellingsOf(official)
            : [];
    }

    /// <summary>Every spelling <see cref="SpellingsOf"/> can give, of countries, formats, officials and places in that order.</summary>
    public IReadOnlyList<string> AllSpellings() =>
        [.. countryIndex.AllSpellings(), .. formatIndex.AllSpellings(), .. officialIndex.AllSpellings(), .. placeIndex.AllSpellings()];

    /// <summary>
    /// The canonical value a filter or query value stands for in a facet dimension, the one rule every caller resolves
    /// spellings by: for countries, formats and officials any spelling the vocabulary knows, ignoring case, diacritics
    /// and punctuation, also inflected ("Kasachstans") or an official's unambiguous surname; for the year a four-digit
    /// year, a range of years ("2019..2023", see <see cref="YearRange"/>) or <see cref="UndatedYear"/> ("Undated",
    /// "undatiert"); for the language a code (en, de, und) or a language's name in English or German. Null when it stands for none.
    /// </summary>
    public string? Resolve(string dimension, string spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        var text = spelling.Trim();
        return dimension switch
        {
            FacetDimension.Year => YearOf(text),
            FacetDimension.Language => LanguageOf(text),
            _ => Find(dimension, text)?.Canonical,
        };
    }

    /// <summary>The entry of a country, format or official that a spelling stands for (see <see cref="Resolve"/>), or null.</summary>
    public VocabularyEntry? Find(string dimension, string spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        var key = KeyOf(spelling);
        return dimension switch
        {
            FacetDimension.Country => countryIndex.Find(key),
            FacetDimension.Format => formatIndex.Find(key),
            FacetDimension.Official => officialIndex.Find(key) ?? (officialsBySurname.TryGetValue(key, out var official) ? official : null),
            _ => null,
        };
    }

    /// <summary>
    /// The name a canonical value is shown by in an interface language ("de": Kasachstan for Kazakhstan); the value
    /// itself for English, for a value without a German name, and for a value the vocabulary does not know.
    /// </summary>
    public string DisplayName(string dimension, string value, string language)
    {
        ArgumentNullException.ThrowIfNull(value);
        return language == ArticleLanguage.German && germanNames.TryGetValue((dimension, value), out var german) ? german : value;
    }

    /// <summary>The key two spellings share when they differ only in case, diacritics and punctuation.</summary>
    public static string KeyOf(string spelling) => string.Join(' ', SpellingKeys.Of(spelling));

    private static string? YearOf(string text)
    {
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }

        if (YearRange.TryParse(text, out var range))
        {
            return range.ToString();
        }

        return text.ToLowerInvariant() is UndatedYear or "undatiert" or "ohne datum" or "no date" ? UndatedYear : null;
    }

    private static string? LanguageOf(string text) => text.ToLowerInvariant() switch
    {
        ArticleLanguage.English or "english" or "englisch" => ArticleLanguage.English,
        ArticleLanguage.German or "german" or "deutsch" => ArticleLanguage.German,
        ArticleLanguage.Unknown => ArticleLanguage.Unknown,
        _ => null,
    };

    private void CheckOfficialCountries()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in Countries)
        {
            known.Add(country.Canonical);
        }

        for (var i = 0; i < Officials.Count; i++)
        {
            var official = Officials[i];
            if (official.Country is { } country && !known.Contains(country))
            {
                throw new VocabularyException(
                    $"officials[{i}] \"{official.Canonical}\": unknown country \"{country}\"; use the canonical name of an entry in \"countries\".");
            }
        }
    }

    /// <summary>
    /// Keeps the German names. A German name need not be a spelling (Iceland's "Island" would tag every English
    /// island), but must never be one of another entry, or the German interface would name one value by another's name.
    /// </summary>
    private void IndexGermanNames()
    {
        foreach (var (dimension, entries) in (ReadOnlySpan<(string, IReadOnlyList<VocabularyEntry>)>)[(FacetDimension.Country, Countries), (FacetDimension.Format, Formats), (FacetDimension.Official, Officials)])
        {
            foreach (var entry in entries)
            {
                if (entry.German is not { } german)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(german))
                {
                    throw new VocabularyException($"\"{entry.Canonical}\": its German name \"de\" is empty; leave it out to show the canonical name.");
                }

                if (Find(dimension, german) is { } other && !ReferenceEquals(other, entry))
                {
                    throw new VocabularyException(
                        $"\"{entry.Canonical}\": its German name \"{german}\" is a spelling of \"{other.Canonical}\".");
                }

                germanNames[(dimension, entry.Canonical)] = german;
            }
        }
    }

    private void IndexSurnames()
    {
        foreach (var official in Officials)
        {
            foreach (var surname in OfficialSurnames.KeysOf(official))
            {
                // A surname two officials share (Berdimuhamedov) stands for neither.
                officialsBySurname[surname] = officialsBySurname.TryGetValue(surname, out var other) && !ReferenceEquals(other, official) ? null : official;
            }
        }
    }
}
