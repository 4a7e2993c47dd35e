using System;
using System.Buffers.Binary;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// A 2 GB file (a sparse file: 743 frames of 979x985 RGB after a real header) read for its UIDs touches only the header,
/// and a frame of it comes out of the file without the other frames being read.
/// </summary>
public sealed class LargeFileTests : IDisposable
{
    private const int Frames = 743;
    private const long FrameLength = 979L * 985 * 3;
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dicomtyped-2gb-" + Path.GetRandomFileName() + ".dcm");

    public LargeFileTests() => WriteSparseFile(_path);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Reading_the_uids_of_a_2_GB_file_touches_only_its_header()
    {
        Assert.True(new FileInfo(_path).Length > int.MaxValue);
        var options = new DicomReadOptions { StopBeforePixelData = true };
        // One read first pays what any first use costs on this thread (static tables, first-call caches), so the
        // measured read below is the header read alone. The counter is this thread's: other tests cannot add to it.
        DicomFile.Open(_path, options).Dispose();
        var before = GC.GetAllocatedBytesForCurrentThread();

        using var file = DicomFile.Open(_path, options);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(file.StoppedBeforePixelData);
        Assert.Equal("1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114", file.Dataset.GetUid(DicomTags.SOPInstanceUID));
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_frame_of_a_2_GB_file_is_read_alone_from_the_referenced_pixel_data()
    {
        using var file = DicomFile.Open(_path, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        // Frame 1 first pays what the first frame read costs once (frame geometry parsing, static tables, first-call
        // caches: the 64 KB of slack below was once passed by a few hundred bytes of them). The measured read of the
        // last frame is then one frame's read alone, synchronous on this thread, so the per-thread counter sees all of
        // it and nothing another thread allocates.
        Assert.Equal(FrameLength, DicomFrames.GetFrame(file.Dataset, 1).Length);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var frame = DicomFrames.GetFrame(file.Dataset, Frames);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(FrameLength, frame.Length);
        Assert.Equal(Frames, DicomFrames.GetFrameCount(file.Dataset));
        Assert.True(allocated < FrameLength + 64 * 1024, $"{allocated} bytes allocated for one frame of {FrameLength}");
    }

    // The walk-through's blue-circle header with NumberOfFrames 743, then a Pixel Data header whose value the file
    // system leaves as a hole: 2 GB on paper, a few KB on disk.
    private static void WriteSparseFile(string path)
    {
        using var source = DicomFile.Open(TestData.Dcm("blue-circle.dcm"), new DicomReadOptions { StopBeforePixelData = true });
        source.Dataset.SetString(DicomTags.NumberOfFrames, DicomVR.IS, Frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
        source.Save(stream);
        var pixelLength = (uint)(FrameLength * Frames);
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, 0x7FE0);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], 0x0010);
        header[4] = (byte)'O';
        header[5] = (byte)'B';
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], pixelLength);
        stream.Write(header);
        stream.SetLength(stream.Position + pixelLength);
    }
}
