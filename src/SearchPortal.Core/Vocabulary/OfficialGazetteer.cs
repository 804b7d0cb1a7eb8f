using System.Globalization;
using System.Text.Json;

namespace SearchPortal.Core.Vocabulary;

/// <summary>
/// The generated list of thousands of office holders (data/officials-gazetteer.json) beside the archivist's vocabulary:
/// it adds the officials the vocabulary lacks and the spellings it does not list, while a vocabulary official always wins.
/// </summary>
internal static class OfficialGazetteer
{
    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The gazetteer's officials, each with its offices formatted for display ("Foreign Minister of Russia, 2004–").</summary>
    /// <exception cref="VocabularyException">The file is not JSON or an entry lacks its canonical name.</exception>
    public static List<VocabularyEntry> Read(string path)
    {
        GazetteerDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<GazetteerDocument>(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new VocabularyException($"{path}: invalid JSON at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }

        var entries = new List<VocabularyEntry>();
        var officials = document?.Officials ?? throw new VocabularyException($"{path}: missing the \"officials\" list.");
        for (var i = 0; i < officials.Count; i++)
        {
            var official = officials[i];
            if (official?.Canonical is not { Length: > 0 } canonical)
            {
                throw new VocabularyException($"{path}: officials[{i}] has no \"canonical\".");
            }

            var offices = (official.Roles ?? []).OfType<GazetteerDocumentOffice>().Select(Describe).ToList();
            var aliases = (official.Aliases ?? []).OfType<string>().ToList();
            entries.Add(new VocabularyEntry(canonical, aliases, offices.FirstOrDefault(), official.Country, offices));
        }

        return entries;
    }

    /// <summary>
    /// The vocabulary's officials followed by the gazetteer's: a gazetteer person who shares a spelling with a vocabulary
    /// official is that official and only adds spellings; a spelling already taken by someone else is left out.
    /// </summary>
    public static List<VocabularyEntry> Merge(IReadOnlyList<VocabularyEntry> vocabulary, IReadOnlyList<VocabularyEntry> gazetteer, IReadOnlySet<string> countries)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var merged = new List<VocabularyEntry>(vocabulary.Count + gazetteer.Count);
        var extraAliases = new List<List<string>>();
        foreach (var official in vocabulary)
        {
            foreach (var spelling in official.Aliases.Prepend(official.Canonical))
            {
                owners.TryAdd(FacetVocabulary.KeyOf(spelling), merged.Count);
            }

            merged.Add(official);
            extraAliases.Add([]);
        }

        foreach (var person in gazetteer)
        {
            var spellings = person.Aliases.Prepend(person.Canonical).ToList();
            var keys = spellings.Select(FacetVocabulary.KeyOf).ToList();
            var known = keys.Select(key => owners.TryGetValue(key, out var owner) && owner < vocabulary.Count ? owner : -1).FirstOrDefault(owner => owner >= 0, -1);
            if (known < 0 && owners.ContainsKey(keys[0]))
            {
                // The canonical name is another gazetteer person's spelling: the generator keeps those apart, so skip.
                continue;
            }

            var free = new List<string>();
            for (var s = 0; s < spellings.Count; s++)
            {
                if (keys[s].Length > 0 && owners.TryAdd(keys[s], known >= 0 ? known : merged.Count))
                {
                    free.Add(spellings[s]);
                }
            }

            if (known >= 0)
            {
                extraAliases[known].AddRange(free);
                continue;
            }

            var country = person.Country is { } c && countries.Contains(c) ? c : null;
            merged.Add(person with { Aliases = free.Skip(1).ToList(), Country = country });
            extraAliases.Add([]);
        }

        for (var i = 0; i < vocabulary.Count; i++)
        {
            if (extraAliases[i].Count > 0)
            {
                merged[i] = merged[i] with { Aliases = [.. merged[i].Aliases, .. extraAliases[i]] };
            }
        }

        return merged;
    }

    private static string Describe(GazetteerDocumentOffice office)
    {
        var role = office.Role ?? "Official";
        var title = office.Of is { } of && !role.Contains(" of ", StringComparison.Ordinal) && !role.Contains("European", StringComparison.Ordinal)
            ? $"{role} of {of}"
            : role;
        var from = office.From?.ToString(CultureInfo.InvariantCulture);
        var to = office.To?.ToString(CultureInfo.InvariantCulture);
        var years = (from, to) switch
        {
            (null, null) => null,
            ({ } f, null) => $"{f}–",
            (null, { } t) => $"–{t}",
            ({ } f, { } t) when f == t => f,
            ({ } f, { } t) => $"{f}–{t}",
        };
        return years is null ? title : $"{title}, {years}";
    }
}
