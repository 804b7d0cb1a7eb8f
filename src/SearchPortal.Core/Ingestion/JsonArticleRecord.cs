using System.Text.Json.Serialization;

namespace SearchPortal.Core.Ingestion;

/// <summary>One line of a JSON Lines corpus as stored: the shared corpus keys, of which the eval collections carry only id, title and text.</summary>
internal sealed class JsonArticleRecord
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("lang")]
    public string? Lang { get; set; }

    [JsonPropertyName("date")]
    public string? Date { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }
}
