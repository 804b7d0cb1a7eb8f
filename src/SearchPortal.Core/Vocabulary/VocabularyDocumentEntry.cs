using System.Text.Json.Serialization;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The JSON shape of one vocabulary entry, as read before validation.</summary>
internal sealed class VocabularyDocumentEntry
{
    [JsonPropertyName("canonical")]
    public string? Canonical { get; set; }

    [JsonPropertyName("aliases")]
    public List<string?>? Aliases { get; set; }

    [JsonPropertyName("de")]
    public string? German { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }
}
