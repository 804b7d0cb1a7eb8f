using System.Buffers;
using System.Text.Json;
using SearchPortal.Core.Facets;

namespace SearchPortal.Search.Schema;

/// <summary>
/// The stored evidence of an article's facets, both the values it is about and those it only mentions:
/// {"country":{"Kazakhstan":["sentence"]},...,"detail":{"official":{"name":"role"}},"mentioned":{"country":["United States"]}}.
/// A value not listed under "mentioned" is about the article (as every value of an index written before roles).
/// </summary>
internal static class FacetEvidenceJson
{
    private const string DetailKey = "detail";
    private const string MentionedKey = "mentioned";

    /// <summary>Serialises every facet value with its evidence sentences and, where present, its detail text.</summary>
    public static string Write(ArticleFacets facets)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteDimension(json, FacetDimension.Country, facets.Countries);
            WriteDimension(json, FacetDimension.Format, facets.Formats);
            WriteDimension(json, FacetDimension.Year, facets.Year is null ? [] : [facets.Year]);
            WriteDimension(json, FacetDimension.Official, facets.Officials);
            json.WriteStartObject(DetailKey);
            WriteDetails(json, FacetDimension.Country, facets.Countries);
            WriteDetails(json, FacetDimension.Format, facets.Formats);
            WriteDetails(json, FacetDimension.Year, facets.Year is null ? [] : [facets.Year]);
            WriteDetails(json, FacetDimension.Official, facets.Officials);
            json.WriteEndObject();
            json.WriteStartObject(MentionedKey);
            WriteMentioned(json, FacetDimension.Country, facets.Countries);
            WriteMentioned(json, FacetDimension.Format, facets.Formats);
            WriteMentioned(json, FacetDimension.Official, facets.Officials);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads the facets back, values in the order they were indexed.</summary>
    public static ArticleFacets Read(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return ArticleFacets.None;
        }

        using var json = JsonDocument.Parse(stored);
        var root = json.RootElement;
        var details = root.TryGetProperty(DetailKey, out var d) ? d : default;
        var mentioned = root.TryGetProperty(MentionedKey, out var m) ? m : default;
        var years = ReadDimension(root, details, default, FacetDimension.Year);
        return new ArticleFacets(
            ReadDimension(root, details, mentioned, FacetDimension.Country),
            ReadDimension(root, details, mentioned, FacetDimension.Format),
            years.Count > 0 ? years[0] : null,
            ReadDimension(root, details, mentioned, FacetDimension.Official));
    }

    private static void WriteMentioned(Utf8JsonWriter json, string dimension, IReadOnlyList<FacetValue> values)
    {
        var opened = false;
        foreach (var value in values)
        {
            if (value.IsAbout)
            {
                continue;
            }

            if (!opened)
            {
                json.WriteStartArray(dimension);
                opened = true;
            }

            json.WriteStringValue(value.Value);
        }

        if (opened)
        {
            json.WriteEndArray();
        }
    }

    private static HashSet<string> MentionedIn(JsonElement mentioned, string dimension)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (mentioned.ValueKind == JsonValueKind.Object && mentioned.TryGetProperty(dimension, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in list.EnumerateArray())
            {
                values.Add(value.GetString() ?? string.Empty);
            }
        }

        return values;
    }

    private static void WriteDimension(Utf8JsonWriter json, string dimension, IReadOnlyList<FacetValue> values)
    {
        json.WriteStartObject(dimension);
        foreach (var value in values)
        {
            json.WriteStartArray(value.Value);
            foreach (var sentence in value.Evidence)
            {
                json.WriteStringValue(sentence);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter json, string dimension, IReadOnlyList<FacetValue> values)
    {
        var opened = false;
        foreach (var value in values)
        {
            if (value.Detail is null)
            {
                continue;
            }

            if (!opened)
            {
                json.WriteStartObject(dimension);
                opened = true;
            }

            json.WriteString(value.Value, value.Detail);
        }

        if (opened)
        {
            json.WriteEndObject();
        }
    }

    private static List<FacetValue> ReadDimension(JsonElement root, JsonElement details, JsonElement mentioned, string dimension)
    {
        var mentions = MentionedIn(mentioned, dimension);
        var result = new List<FacetValue>();
        if (!root.TryGetProperty(dimension, out var values))
        {
            return result;
        }

        var hasDetails = details.ValueKind == JsonValueKind.Object && details.TryGetProperty(dimension, out var dimDetails);
        foreach (var value in values.EnumerateObject())
        {
            var evidence = new List<string>(value.Value.GetArrayLength());
            foreach (var sentence in value.Value.EnumerateArray())
            {
                evidence.Add(sentence.GetString() ?? string.Empty);
            }

            string? detail = null;
            if (hasDetails && details.GetProperty(dimension).TryGetProperty(value.Name, out var detailElement))
            {
                detail = detailElement.GetString();
            }

            result.Add(new FacetValue(value.Name, detail, evidence, mentions.Contains(value.Name) ? FacetRole.Mentioned : FacetRole.About));
        }

        return result;
    }
}
