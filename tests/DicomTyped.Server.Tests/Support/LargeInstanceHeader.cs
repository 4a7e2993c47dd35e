using System;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Server.Tests.Support;

/// <summary>
/// The bytes before the pixels of a large Explicit VR Little Endian instance: its header through the core's writer, then
/// a Pixel Data (7FE0,0010) OW element header for two 16-bit frames of 16,384 rows, about the size asked for. The
/// pixels themselves (zeros) are left to the caller, who writes them sparse or streams them.
/// </summary>
internal sealed record LargeInstanceHeader(byte[] Bytes, long PixelLength, string Study, string Series, string Instance)
{
    private const int Rows = 16384;

    public static LargeInstanceHeader Create(long approximateSize, string patientId)
    {
        var columns = (int)(approximateSize / 2 / 2 / Rows);
        var pixelLength = 2L * Rows * columns * 2;
        var (study, series, instance) = (DicomUid.Generate(), DicomUid.Generate(), DicomUid.Generate());
        var dataset = new DicomDataset();
        dataset.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7.3");
        dataset.SetUid(DicomTags.StudyInstanceUID, study);
        dataset.SetUid(DicomTags.SeriesInstanceUID, series);
        dataset.SetUid(DicomTags.SOPInstanceUID, instance);
        dataset.SetString(DicomTags.PatientID, DicomVR.LO, patientId);
        dataset.SetValues(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1);
        dataset.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        dataset.SetString(DicomTags.NumberOfFrames, DicomVR.IS, "2");
        dataset.SetValues(DicomTags.Rows, DicomVR.US, (ushort)Rows);
        dataset.SetValues(DicomTags.Columns, DicomVR.US, (ushort)columns);
        dataset.SetValues(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        dataset.SetValues(DicomTags.BitsStored, DicomVR.US, (ushort)16);
        dataset.SetValues(DicomTags.HighBit, DicomVR.US, (ushort)15);
        dataset.SetValues(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        using var header = new MemoryStream();
        new DicomFile(dataset).Save(header);
        header.Write([0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'W', 0, 0]);
        header.Write(BitConverter.GetBytes((uint)pixelLength));
        return new LargeInstanceHeader(header.ToArray(), pixelLength, study, series, instance);
    }
}
