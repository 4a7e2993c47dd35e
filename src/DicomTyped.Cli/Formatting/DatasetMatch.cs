using System.Text.Json;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Cli.Formatting;

/// <summary>One QIDO-RS match or metadata object read whole into a <see cref="DicomDataset"/>, so every attribute the server sent can be shown.</summary>
internal sealed record DatasetMatch(DicomDataset Dataset) : IDicomJsonReadable<DatasetMatch>
{
    public static DatasetMatch ReadFrom(ref Utf8JsonReader reader) => new(DicomJsonReader.ReadDataset(ref reader));
}
