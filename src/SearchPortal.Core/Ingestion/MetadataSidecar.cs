using System.Text.Json.Serialization;

namespace SearchPortal.Core.Ingestion;

/// <summary>The optional NAME.meta.json next to NAME.txt: values an archivist set by hand. Unknown keys are rejected so a misspelt key is not silently ignored.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class MetadataSidecar
{
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("date")]
    public string? Date { get; set; }

    [JsonPropertyName("language")]
    public string? Language { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("countries")]
    public List<string>? Countries { get; set; }

    [JsonPropertyName("formats")]
    public List<string>? Formats { get; set; }

    [JsonPropertyName("year")]
    public int? Year { get; set; }

    [JsonPropertyName("officials")]
    public List<string>? Officials { get; set; }
}
