using System.Text.Json.Serialization;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The JSON shape of one office a gazetteer official held: "Foreign Minister" of "Russia" from 2004, to null (still in office).</summary>
internal sealed class GazetteerDocumentOffice
{
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("of")]
    public string? Of { get; set; }

    [JsonPropertyName("from")]
    public int? From { get; set; }

    [JsonPropertyName("to")]
    public int? To { get; set; }
}
