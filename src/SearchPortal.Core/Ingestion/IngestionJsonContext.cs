using System.Text.Json.Serialization;

namespace SearchPortal.Core.Ingestion;

/// <summary>Source-generated System.Text.Json metadata for the ingestion DTOs, so reading needs no reflection.</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(JsonArticleRecord))]
[JsonSerializable(typeof(MetadataSidecar))]
internal sealed partial class IngestionJsonContext : JsonSerializerContext;
