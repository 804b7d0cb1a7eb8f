using System.Text.Json.Serialization;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The JSON shape of one gazetteer official.</summary>
internal sealed class GazetteerDocumentEntry
{
    [JsonPropertyName("canonical")]
    public string? Canonical { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("roles")]
    public List<GazetteerDocumentOffice?>? Roles { get; set; }

    [JsonPropertyName("aliases")]
    public List<string?>? Aliases { get; set; }
}
