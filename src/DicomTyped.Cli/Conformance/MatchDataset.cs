using System.Text.Json;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Json;

namespace DicomTyped.Cli.Conformance;

/// <summary>A QIDO-RS match or metadata item read whole as a data set: the suite looks at attributes no profile record names.</summary>
internal sealed record MatchDataset(DicomDataset Dataset) : IDicomJsonReadable<MatchDataset>
{
    public static MatchDataset ReadFrom(ref Utf8JsonReader reader) => new(DicomJsonReader.ReadDataset(ref reader));
}
