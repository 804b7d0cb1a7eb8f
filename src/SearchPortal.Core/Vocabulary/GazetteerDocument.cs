using System.Text.Json.Serialization;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The JSON shape of officials-gazetteer.json, as written by tools/gazetteer/make-officials-gazetteer.py.</summary>
internal sealed class GazetteerDocument
{
    [JsonPropertyName("officials")]
    public List<GazetteerDocumentEntry?>? Officials { get; set; }
}

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
