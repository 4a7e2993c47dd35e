using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace DicomTyped.Client;

/// <summary>Source-generated System.Text.Json metadata for the extended query tag API: no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ExtendedQueryTag))]
[JsonSerializable(typeof(List<ExtendedQueryTag>))]
[JsonSerializable(typeof(List<ExtendedQueryTagError>))]
[JsonSerializable(typeof(DicomOperationReference))]
[JsonSerializable(typeof(DicomOperation))]
internal sealed partial class ExtendedQueryTagJsonContext : JsonSerializerContext
{
}
