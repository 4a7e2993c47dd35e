using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>
/// Writes a large Explicit VR Little Endian instance quickly: its header through the core's writer, then a Pixel Data
/// (7FE0,0010) OW element header, then a sparse run of zeros up to the size asked for (two 16-bit frames).
/// </summary>
internal static class LargeInstanceFile
{
    public static (string Study, string Series, string Instance) Write(string path, long approximateSize)
    {
        const int rows = 16384;
        var columns = (int)(approximateSize / 2 / 2 / rows);
        var pixelLength = 2L * rows * columns * 2;
        var dataset = new DicomDataset();
        var (study, series, instance) = (DicomUid.Generate(), DicomUid.Generate(), DicomUid.Generate());
        dataset.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7.3");
        dataset.SetUid(DicomTags.StudyInstanceUID, study);
        dataset.SetUid(DicomTags.SeriesInstanceUID, series);
        dataset.SetUid(DicomTags.SOPInstanceUID, instance);
        dataset.SetString(DicomTags.PatientID, DicomVR.LO, "LARGE");
        dataset.SetValues(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1);
        dataset.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        dataset.SetString(DicomTags.NumberOfFrames, DicomVR.IS, "2");
        dataset.SetValues(DicomTags.Rows, DicomVR.US, (ushort)rows);
        dataset.SetValues(DicomTags.Columns, DicomVR.US, (ushort)columns);
        dataset.SetValues(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        dataset.SetValues(DicomTags.BitsStored, DicomVR.US, (ushort)16);
        dataset.SetValues(DicomTags.HighBit, DicomVR.US, (ushort)15);
        dataset.SetValues(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        new DicomFile(dataset).Save(stream);
        stream.Write([0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'W', 0, 0]);
        stream.Write(System.BitConverter.GetBytes((uint)pixelLength));
        stream.SetLength(stream.Position + pixelLength);
        return (study, series, instance);
    }
}
