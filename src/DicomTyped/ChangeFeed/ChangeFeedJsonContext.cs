using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace DicomTyped.Client;

/// <summary>Source-generated System.Text.Json metadata for the change feed: no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ChangeFeedEntry))]
[JsonSerializable(typeof(List<ChangeFeedEntry>))]
internal sealed partial class ChangeFeedJsonContext : JsonSerializerContext
{
}
