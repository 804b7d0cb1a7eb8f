using System.Text.Json.Serialization;

namespace SearchPortal.Core.Vocabulary;

/// <summary>The JSON shape of facet-vocabulary.json, as read before validation.</summary>
internal sealed class VocabularyDocument
{
    [JsonPropertyName("ignore")]
    public List<string?>? Ignore { get; set; }

    [JsonPropertyName("needsCue")]
    public List<string?>? NeedsCue { get; set; }

    [JsonPropertyName("countries")]
    public List<VocabularyDocumentEntry?>? Countries { get; set; }

    [JsonPropertyName("formats")]
    public List<VocabularyDocumentEntry?>? Formats { get; set; }

    [JsonPropertyName("places")]
    public List<VocabularyDocumentEntry?>? Places { get; set; }

    [JsonPropertyName("officials")]
    public List<VocabularyDocumentEntry?>? Officials { get; set; }
}
