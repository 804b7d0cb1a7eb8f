using System.Text.Json.Serialization;

namespace SearchPortal.Core.Vocabulary;
