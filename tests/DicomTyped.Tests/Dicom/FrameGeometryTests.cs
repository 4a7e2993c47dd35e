using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>Issue 7 §5: image attributes that do not fit the pixel data are a documented DicomFrameException naming them.</summary>
public class FrameGeometryTests
{
    private static readonly DicomTag Rows = new(0x00280010);
    private static readonly DicomTag Columns = new(0x00280011);
    private static readonly DicomTag SamplesPerPixel = new(0x00280002);
    private static readonly DicomTag BitsAllocated = new(0x00280100);
    private static readonly DicomTag NumberOfFrames = new(0x00280008);

    [Fact]
    public void A_frame_size_that_overflows_is_a_frame_exception_naming_the_attributes()
    {
        var dataset = FrameTests.NativeMultiFrame(1, 4, 4, 8, 1, out _);
        dataset.SetValues(Rows, DicomVR.US, (ushort)65535);
        dataset.SetValues(Columns, DicomVR.US, (ushort)65535);
        dataset.SetValues(SamplesPerPixel, DicomVR.US, (ushort)65535);
        dataset.SetValues(BitsAllocated, DicomVR.US, (ushort)65535);
        var refused = Assert.Throws<DicomFrameException>(() => DicomFrames.GetFrame(dataset, 1));
        Assert.Contains("Rows (0028,0010) 65535", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Bits Allocated (0028,0100) 65535", refused.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(refused.InnerException);
    }

    [Fact]
    public void A_late_frame_whose_offset_overflows_is_a_frame_exception()
    {
        var dataset = FrameTests.NativeMultiFrame(1, 4, 4, 8, 1, out _);
        dataset.SetValues(Rows, DicomVR.US, (ushort)65535);
        dataset.SetValues(Columns, DicomVR.US, (ushort)65535);
        dataset.SetValues(SamplesPerPixel, DicomVR.US, (ushort)3);
        dataset.SetValues(BitsAllocated, DicomVR.US, (ushort)64);
        dataset.SetValues(NumberOfFrames, DicomVR.IS, int.MaxValue);
        var refused = Assert.Throws<DicomFrameException>(() => DicomFrames.GetFrame(dataset, int.MaxValue));
        Assert.Contains("Columns (0028,0011) 65535", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_and_columns_beyond_the_pixel_data_are_a_frame_exception_naming_the_attributes()
    {
        var dataset = FrameTests.NativeMultiFrame(1, 4, 4, 8, 1, out _);
        dataset.SetValues(Rows, DicomVR.US, (ushort)1000);
        var refused = Assert.Throws<DicomFrameException>(() => DicomFrames.GetFrame(dataset, 1));
        Assert.Contains("Rows (0028,0010) 1000", refused.Message, StringComparison.Ordinal);
        Assert.Contains("holds 16 bytes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referenced_pixel_data_cut_short_under_the_reader_is_a_frame_exception_not_an_empty_frame()
    {
        var bytes = new MemoryStream();
        new DicomFile(FrameTests.NativeMultiFrame(4, 8, 8, 8, 1, out _)).Save(bytes);
        var source = new MemoryStream();
        source.Write(bytes.ToArray());
        source.Position = 0;
        var file = DicomFile.Read(source, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        // The file shrinks after it was read (another process truncated it): the last frames are gone.
        source.SetLength(source.Length - 100);
        await Assert.ThrowsAsync<DicomFrameException>(async () => await DicomFrames.GetFrameAsync(file.Dataset, 4, CancellationToken.None));
        Assert.Throws<DicomFrameException>(() => DicomFrames.GetFrame(file.Dataset, 4));
    }

    [Fact]
    public void Missing_rows_is_a_frame_exception()
    {
        var dataset = FrameTests.NativeMultiFrame(1, 4, 4, 8, 1, out _);
        dataset.Remove(Rows);
        var refused = Assert.Throws<DicomFrameException>(() => DicomFrames.GetFrame(dataset, 1));
        Assert.Contains("(0028,0010)", refused.Message, StringComparison.Ordinal);
    }
}
