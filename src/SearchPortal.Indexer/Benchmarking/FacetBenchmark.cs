using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Facets.Text;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Vocabulary;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// bench-facets' measurement: annotates each labelled item (even news id, with country or person tags) through the
/// production annotator with its <c>category</c> removed, and compares the extracted facets with the site's tags.
/// </summary>
internal sealed class FacetBenchmark(FacetVocabulary vocabulary, ArticleAnnotator annotator)
{
    private const string LeftOut = "Russia";

    private static readonly HashSet<string> TagHonorifics = new(StringComparer.Ordinal) { "mr", "ms", "mrs" };

    /// <summary>Titles the site writes after a one-name person: "Kirill Patriarch of Moscow and All Russia".</summary>
    private static readonly HashSet<string> TagTitles = new(StringComparer.Ordinal) { "patriarch", "king", "queen", "emir", "sultan", "pope" };

    /// <summary>
    /// Whether a value counts as what the article is about: its role, as the portal counts and filters by default.
    /// </summary>
    public static bool IsAbout(FacetValue value) => value.IsAbout;

    /// <param name="disagreement">Called with each labelled item whose facets disagree with its tags, if given.</param>
    public FacetAgreement Measure(IEnumerable<IngestRecord> records, CancellationToken cancellation, Action<ItemMisses>? disagreement = null)
    {
        var agreement = new FacetAgreement();
        foreach (var record in records)
        {
            cancellation.ThrowIfCancellationRequested();
            if (record.Article is not { } article || !SiteTags.IsLabelled(article.Id) || SiteTags.Parse(article.Category) is not { IsEmpty: false } tags)
            {
                continue;
            }

            var facets = annotator.Annotate(article with { Category = null }).Facets;
            agreement.AddItem();
            var misses = new ItemMisses(article.Id, article.Title, [], [], [], [], []);
            CompareCountries(agreement, tags, facets, misses);
            ComparePersons(agreement, tags, facets, article, misses);
            if (!misses.IsEmpty)
            {
                disagreement?.Invoke(misses);
            }
        }

        return agreement;
    }

    private void CompareCountries(FacetAgreement agreement, SiteTags tags, ArticleFacets facets, ItemMisses misses)
    {
        var tagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags.Countries)
        {
            if (vocabulary.Resolve(FacetDimension.Country, tag) is not { } country)
            {
                agreement.AddUnresolvedCountryTag();
            }
            else if (country != LeftOut)
            {
                tagged.Add(country);
            }
        }

        var about = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in facets.Countries)
        {
            if (IsAbout(value) && value.Value != LeftOut)
            {
                about.Add(value.Value);
            }
        }

        foreach (var country in tagged)
        {
            agreement.AddCountryTag(country, about.Contains(country));
            Note(misses.MissedCountries, country, !about.Contains(country));
        }

        foreach (var country in about)
        {
            agreement.AddAboutCountry(country, tagged.Contains(country));
            Note(misses.UntaggedCountries, country, !tagged.Contains(country));
            if (!tagged.Contains(country) && facets.Countries.First(v => v.Value == country).Evidence is [var first, ..])
            {
                misses.Evidence[country] = first;
            }
        }
    }

    private void ComparePersons(FacetAgreement agreement, SiteTags tags, ArticleFacets facets, Article article, ItemMisses misses)
    {
        if (tags.Persons.Count == 0)
        {
            return;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(article.Title + "\n" + article.Text))
        {
            words.Add(token.Key);
        }

        var officials = facets.Officials.Select(v => (v.Value, About: IsAbout(v), Keys: SpellingKeysOf(v.Value))).ToList();
        foreach (var tag in tags.Persons)
        {
            var keys = NameKeys(tag);

            // The site writes "Surname Firstname" or "Firstname Surname": the surname is the first or the last word.
            if (keys.Length == 0 || !(words.Contains(keys[0]) || words.Contains(keys[^1])))
            {
                continue;
            }

            var canonical = vocabulary.Resolve(FacetDimension.Official, tag) ?? vocabulary.Resolve(FacetDimension.Official, Swapped(tag));
            var extracted = officials.FindAll(o => o.Value == canonical || (o.Keys.Contains(keys[0]) && o.Keys.Contains(keys[^1])));
            var found = extracted.Exists(o => o.About);
            agreement.AddPersonTag(tag, found, mentioned: !found && extracted.Count > 0);
            Note(found || extracted.Count == 0 ? misses.MissedPersons : misses.MentionedPersons, tag, !found);
        }
    }

    /// <summary>
    /// The words of every spelling of an extracted official: the site's "Al Saud Salman bin Abdulaziz" is the gazetteer's
    /// "Salman of Saudi Arabia", whose alias "Salman bin Abdulaziz Al Saud" carries both of the tag's name words.
    /// </summary>
    private HashSet<string> SpellingKeysOf(string official)
    {
        var keys = SpellingKeys.Of(official).ToHashSet(StringComparer.Ordinal);
        foreach (var alias in vocabulary.Find(FacetDimension.Official, official)?.Aliases ?? [])
        {
            keys.UnionWith(SpellingKeys.Of(alias));
        }

        return keys;
    }

    /// <summary>
    /// The words of a person tag that name the person: "Mr Erdogan" is Erdogan, "al-Assad Bashar" is Assad Bashar (an
    /// Arabic article before the surname is no surname of its own, and "al" stands in many texts); "Kirill Patriarch of
    /// Moscow and All Russia" and "Abdullah II King of Jordan" are Kirill and Abdullah II, the title after the name is none of it.
    /// </summary>
    private static string[] NameKeys(string tag)
    {
        var keys = SpellingKeys.Of(tag).Where(key => !TagHonorifics.Contains(key)).SkipWhile(key => key is "al" or "el").ToList();
        var title = keys.FindIndex(1, key => TagTitles.Contains(key));
        return [.. title > 0 ? keys.Take(title) : keys];
    }

    private static void Note(List<string> list, string value, bool when)
    {
        if (when)
        {
            list.Add(value);
        }
    }

    /// <summary>"Erdogan Recep Tayyip" as "Recep Tayyip Erdogan".</summary>
    private static string Swapped(string tag)
    {
        var space = tag.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? tag : $"{tag[(space + 1)..]} {tag[..space]}";
    }
}
