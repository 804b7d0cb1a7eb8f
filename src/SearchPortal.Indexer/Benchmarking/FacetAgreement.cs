namespace SearchPortal.Indexer.Benchmarking;

/// <summary>How far the extracted facets agree with a site's own tags, summed over the labelled items.</summary>
internal sealed class FacetAgreement
{
    public int Items { get; private set; }

    /// <summary>Country tags the vocabulary resolves (Russia never counts: the site does not tag it).</summary>
    public int TaggedCountries { get; private set; }

    public int TaggedCountriesFound { get; private set; }

    /// <summary>Country tags no spelling in the vocabulary stands for; left out of recall.</summary>
    public int UnresolvedCountryTags { get; private set; }

    public int AboutCountries { get; private set; }

    public int AboutCountriesTagged { get; private set; }

    /// <summary>Person tags whose first or last name stands in the text as a word.</summary>
    public int TaggedPersonsInText { get; private set; }

    public int TaggedPersonsFound { get; private set; }

    public double CountryRecall => Ratio(TaggedCountriesFound, TaggedCountries);

    public double CountryPrecision => Ratio(AboutCountriesTagged, AboutCountries);

    public double PersonRecall => Ratio(TaggedPersonsFound, TaggedPersonsInText);

    /// <summary>About values the site did not tag, by value: where precision is lost.</summary>
    public Dictionary<string, int> Untagged { get; } = new(StringComparer.Ordinal);

    /// <summary>Tagged countries not among the about values, by value: where recall is lost.</summary>
    public Dictionary<string, int> Missed { get; } = new(StringComparer.Ordinal);

    public void AddItem() => Items++;

    public void AddCountryTag(string country, bool found)
    {
        TaggedCountries++;
        Tally(Missed, country, !found);
        TaggedCountriesFound += found ? 1 : 0;
    }

    public void AddUnresolvedCountryTag() => UnresolvedCountryTags++;

    public void AddAboutCountry(string country, bool tagged)
    {
        AboutCountries++;
        Tally(Untagged, country, !tagged);
        AboutCountriesTagged += tagged ? 1 : 0;
    }

    /// <summary>Tagged persons named in the text but not among the about officials, by the site's tag: where person recall is lost.</summary>
    public Dictionary<string, int> MissedPersons { get; } = new(StringComparer.Ordinal);

    /// <summary>Tagged persons missed although extracted, only as mentioned: the about rule's share of the misses.</summary>
    public int TaggedPersonsMentionedOnly { get; private set; }

    public void AddPersonTag(string person, bool found, bool mentioned)
    {
        TaggedPersonsInText++;
        TaggedPersonsMentionedOnly += mentioned ? 1 : 0;
        Tally(MissedPersons, person, !found);
        TaggedPersonsFound += found ? 1 : 0;
    }

    /// <summary>The <paramref name="count"/> values counted most often, most first.</summary>
    public static IEnumerable<KeyValuePair<string, int>> Top(Dictionary<string, int> counts, int count) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count);

    private static void Tally(Dictionary<string, int> counts, string value, bool when)
    {
        if (when)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
