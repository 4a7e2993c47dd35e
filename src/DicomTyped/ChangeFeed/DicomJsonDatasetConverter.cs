using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Client;

/// <summary>Lets System.Text.Json read and write a DICOM JSON data set (PS3.18 F.2) embedded in another document, such as a change-feed entry.</summary>
internal sealed class DicomJsonDatasetConverter : JsonConverter<DicomDataset>
{
    public override DicomDataset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : DicomJsonReader.ReadDataset(ref reader);

    public override void Write(Utf8JsonWriter writer, DicomDataset value, JsonSerializerOptions options) =>
        DicomJsonWriter.Write(writer, value);
}
