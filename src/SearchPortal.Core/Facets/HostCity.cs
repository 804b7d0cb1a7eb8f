using System.Collections.Frozen;
using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The country of a capital or summit city named as the place of a visit or meeting ("arrived in Astana", "the G20
/// summit in Osaka"): such a report names the host city, not the host country, and the host is one of its subjects.
/// </summary>
internal static class HostCity
{
    /// <summary>Capitals and the cities that hosted summits of the countries in the vocabulary, by their English names.</summary>
    private static readonly FrozenDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["astana"] = "Kazakhstan", ["nur-sultan"] = "Kazakhstan", ["almaty"] = "Kazakhstan", ["bishkek"] = "Kyrgyzstan",
        ["cholpon-ata"] = "Kyrgyzstan", ["dushanbe"] = "Tajikistan", ["tashkent"] = "Uzbekistan", ["samarkand"] = "Uzbekistan",
        ["ashgabat"] = "Turkmenistan", ["baku"] = "Azerbaijan", ["yerevan"] = "Armenia", ["minsk"] = "Belarus", ["tbilisi"] = "Georgia",
        ["kiev"] = "Ukraine", ["kyiv"] = "Ukraine", ["chisinau"] = "Moldova", ["beijing"] = "China", ["shanghai"] = "China",
        ["qingdao"] = "China", ["hangzhou"] = "China", ["xiamen"] = "China", ["tokyo"] = "Japan", ["osaka"] = "Japan",
        ["new delhi"] = "India", ["goa"] = "India", ["islamabad"] = "Pakistan", ["kabul"] = "Afghanistan", ["tehran"] = "Iran",
        ["ankara"] = "Türkiye", ["istanbul"] = "Türkiye", ["antalya"] = "Türkiye", ["berlin"] = "Germany", ["hamburg"] = "Germany",
        ["paris"] = "France", ["london"] = "United Kingdom", ["rome"] = "Italy", ["madrid"] = "Spain", ["brussels"] = "Belgium",
        ["vienna"] = "Austria", ["helsinki"] = "Finland", ["brasilia"] = "Brazil", ["johannesburg"] = "South Africa",
        ["durban"] = "South Africa", ["ulaanbaatar"] = "Mongolia", ["hanoi"] = "Vietnam", ["seoul"] = "South Korea",
        ["pyongyang"] = "North Korea", ["cairo"] = "Egypt", ["damascus"] = "Syria", ["baghdad"] = "Iraq", ["riyadh"] = "Saudi Arabia",
        ["abu dhabi"] = "United Arab Emirates", ["doha"] = "Qatar", ["belgrade"] = "Serbia", ["budapest"] = "Hungary",
        ["buenos aires"] = "Argentina", ["havana"] = "Cuba", ["lima"] = "Peru", ["canberra"] = "Australia", ["ottawa"] = "Canada",
        ["bratislava"] = "Slovakia", ["ljubljana"] = "Slovenia", ["athens"] = "Greece", ["sofia"] = "Bulgaria",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that make a sentence the report of a visit or meeting; "a diplomat spoke in Berlin" is none.</summary>
    private static readonly FrozenSet<string> EventWords = new[]
    {
        "arrived", "arrives", "visit", "visited", "summit", "meeting", "talks", "conference", "forum", "sidelines", "held",
        "gipfel", "besuch", "treffen", "traf", "eingetroffen",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxCityWords = 2;

    /// <summary>Each city after "in", "to" or "at" in a sentence reporting a visit or meeting: its country and the city's word range.</summary>
    public static IEnumerable<(string Country, int Start, int End)> Find(List<WordToken> words)
    {
        if (!words.Exists(word => EventWords.Contains(word.Key)))
        {
            yield break;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1].Key is not ("in" or "to" or "at") || !words[i].IsCapitalized)
            {
                continue;
            }

            for (var length = Math.Min(MaxCityWords, words.Count - i); length >= 1; length--)
            {
                // "Nur-Sultan" is two words joined by a hyphen; "Abu Dhabi" two words apart.
                var key = words[i].Key;
                for (var j = i + 1; j < i + length; j++)
                {
                    key += (words[j].HyphenBefore ? "-" : " ") + words[j].Key;
                }

                // "in Paris Agreement", "to London Stock Exchange": a city running on into a name is no place.
                var runsOn = i + length < words.Count && !words[i + length].BreakBefore && words[i + length].LooksLikeName;
                if (Countries.TryGetValue(key, out var country) && !runsOn)
                {
                    yield return (country, i, i + length);
                    break;
                }
            }
        }
    }
}
