using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Server.Tests.Support;

/// <summary>
/// A single-part <c>application/dicom</c> body of any size made while it is sent, never held whole: an Explicit VR Little
/// Endian header through the core's writer, a Pixel Data (7FE0,0010) OW header, then zeros (two 16-bit frames of
/// 16,384 rows). Sent chunked (no Content-Length), so a size limit can only be met while the body is read.
/// </summary>
internal sealed class GeneratedInstanceContent : HttpContent
{
    private const int Rows = 16384;
    private readonly byte[] _header;
    private readonly long _pixelLength;

    public GeneratedInstanceContent(long approximateSize)
    {
        var columns = (int)(approximateSize / 2 / 2 / Rows);
        _pixelLength = 2L * Rows * columns * 2;
        (Study, Series, Instance) = (DicomUid.Generate(), DicomUid.Generate(), DicomUid.Generate());
        var dataset = new DicomDataset();
        dataset.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7.3");
        dataset.SetUid(DicomTags.StudyInstanceUID, Study);
        dataset.SetUid(DicomTags.SeriesInstanceUID, Series);
        dataset.SetUid(DicomTags.SOPInstanceUID, Instance);
        dataset.SetString(DicomTags.PatientID, DicomVR.LO, "GENERATED");
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
        header.Write(BitConverter.GetBytes((uint)_pixelLength));
        _header = header.ToArray();
        Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
    }

    public string Study { get; }

    public string Series { get; }

    public string Instance { get; }

    /// <summary>The bytes the body holds in all.</summary>
    public long Length => _header.Length + _pixelLength;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_header);
        var zeros = new byte[64 * 1024];
        for (var left = _pixelLength; left > 0; left -= zeros.Length)
        {
            await stream.WriteAsync(zeros.AsMemory(0, (int)Math.Min(left, zeros.Length)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
