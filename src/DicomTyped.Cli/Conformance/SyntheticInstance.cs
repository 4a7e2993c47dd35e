using System;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Cli.Conformance;

/// <summary>One instance the suite made and stores: its data set (every level's attributes), its transfer syntax and its UIDs.</summary>
internal sealed record SyntheticInstance(string Name, DicomDataset Dataset, TransferSyntax TransferSyntax, int Frames, byte[] PixelData)
{
    public string Study => Dataset.GetUid(DicomTags.StudyInstanceUID)!;

    public string Series => Dataset.GetUid(DicomTags.SeriesInstanceUID)!;

    public string Instance => Dataset.GetUid(DicomTags.SOPInstanceUID)!;

    /// <summary>The bytes of one frame (1-based), as stored.</summary>
    public byte[] Frame(int number)
    {
        var length = PixelData.Length / Frames;
        return PixelData.AsSpan((number - 1) * length, length).ToArray();
    }

    /// <summary>A Part 10 file of the instance in its transfer syntax (the file meta group is filled in when written).</summary>
    public DicomFile ToFile() => new(new DicomDataset(), Dataset, TransferSyntax);
}
