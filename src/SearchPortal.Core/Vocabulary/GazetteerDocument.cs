using System.Text.Json.Serialization;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The JSON shape of officials-gazetteer.json, as written by tools/gazetteer/make-officials-gazetteer.py.</summary>
internal sealed class GazetteerDocument
{
    [JsonPropertyName("officials")]
    public List<GazetteerDocumentEntry?>? Officials { get; set; }
}
