using System.Text.Json.Serialization;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>
/// Where one labelled item disagrees with its tags: what bench-facets --misses writes, one JSON line per item, with the
/// first evidence sentence of each about country the site did not tag.
/// </summary>
internal sealed record ItemMisses(string Id, string Title, List<string> MissedCountries, List<string> UntaggedCountries, List<string> MissedPersons, List<string> MentionedPersons, Dictionary<string, string> Evidence)
{
    [JsonIgnore]
    public bool IsEmpty => MissedCountries.Count == 0 && UntaggedCountries.Count == 0 && MissedPersons.Count == 0 && MentionedPersons.Count == 0;
}
