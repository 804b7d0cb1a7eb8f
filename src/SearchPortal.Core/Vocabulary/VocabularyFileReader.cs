using System.Text.Json;

namespace SearchPortal.Core.Vocabulary;

/// <summary>Reads facet-vocabulary.json into a <see cref="FacetVocabulary"/>, reporting the file and entry of any problem.</summary>
internal static class VocabularyFileReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static FacetVocabulary Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new VocabularyException($"Vocabulary file not found: {path}");
        }

        VocabularyDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<VocabularyDocument>(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new VocabularyException($"{path}: invalid JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new VocabularyException($"{path}: the file holds no JSON object.");
        }

        try
        {
            var countries = Entries(document.Countries, "countries", path);
            return new FacetVocabulary(
                countries,
                Entries(document.Formats, "formats", path),
                WithGazetteer(Entries(document.Officials, "officials", path), countries, path),
                Phrases(document.Ignore, "ignore", path),
                Phrases(document.NeedsCue, "needsCue", path),
                document.Places is null ? [] : Entries(document.Places, "places", path));
        }
        catch (VocabularyException ex)
        {
            throw new VocabularyException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>The officials of the vocabulary, then those of the gazetteer beside it when there is one (the archivist's entries win).</summary>
    private static List<VocabularyEntry> WithGazetteer(List<VocabularyEntry> officials, List<VocabularyEntry> countries, string path)
    {
        var gazetteer = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", FacetVocabulary.GazetteerFileName);
        if (!File.Exists(gazetteer))
        {
            return officials;
        }

        var known = countries.Select(country => country.Canonical).ToHashSet(StringComparer.Ordinal);
        return OfficialGazetteer.Merge(officials, OfficialGazetteer.Read(gazetteer), known);
    }

    private static List<VocabularyEntry> Entries(List<VocabularyDocumentEntry?>? entries, string list, string path)
    {
        if (entries is null)
        {
            throw new VocabularyException($"{path}: missing the \"{list}\" list.");
        }

        var result = new List<VocabularyEntry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? throw new VocabularyException($"{path}: {list}[{i}] is null; expected an object with \"canonical\".");
            var aliases = new List<string>(entry.Aliases?.Count ?? 0);
            foreach (var alias in entry.Aliases ?? [])
            {
                aliases.Add(alias ?? throw new VocabularyException($"{path}: {list}[{i}] \"{entry.Canonical}\": null in \"aliases\"."));
            }

            result.Add(new VocabularyEntry(entry.Canonical!, aliases, entry.Role, entry.Country, German: entry.German));
        }

        return result;
    }

    private static List<string> Phrases(List<string?>? phrases, string list, string path)
    {
        var result = new List<string>(phrases?.Count ?? 0);
        for (var i = 0; i < (phrases?.Count ?? 0); i++)
        {
            result.Add(phrases![i] ?? throw new VocabularyException($"{path}: {list}[{i}] is null."));
        }

        return result;
    }
}
