using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Dicom.Pixels;
using DicomTyped.Tests.Support;
using Xunit;

namespace DicomTyped.Tests.Dicom;

public class FrameTests
{
    private static readonly DicomTag PixelData = new(0x7FE00010);

    internal static DicomDataset NativeMultiFrame(int frames, int rows, int columns, int bitsAllocated, int samples, out byte[] pixels)
    {
        var dataset = new DicomDataset();
        dataset.SetUid(new DicomTag(0x00080016), "1.2.840.10008.5.1.4.1.1.7.2");
        dataset.SetUid(new DicomTag(0x00080018), DicomUid.FromGuid(new Guid("6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f")));
        dataset.SetValues(new DicomTag(0x00280002), DicomVR.US, (ushort)samples);
        dataset.SetString(new DicomTag(0x00280004), DicomVR.CS, samples == 3 ? "RGB" : "MONOCHROME2");
        dataset.SetValues(new DicomTag(0x00280008), DicomVR.IS, frames);
        dataset.SetValues(new DicomTag(0x00280010), DicomVR.US, (ushort)rows);
        dataset.SetValues(new DicomTag(0x00280011), DicomVR.US, (ushort)columns);
        dataset.SetValues(new DicomTag(0x00280100), DicomVR.US, (ushort)bitsAllocated);
        dataset.SetValues(new DicomTag(0x00280101), DicomVR.US, (ushort)bitsAllocated);
        dataset.SetValues(new DicomTag(0x00280102), DicomVR.US, (ushort)(bitsAllocated - 1));
        dataset.SetValues(new DicomTag(0x00280103), DicomVR.US, (ushort)0);
        if (samples == 3)
        {
            dataset.SetValues(new DicomTag(0x00280006), DicomVR.US, (ushort)0);
        }
        var length = ((long)frames * rows * columns * samples * bitsAllocated + 7) / 8;
        pixels = new byte[length + (length % 2)];
        new Random(frames * 31 + rows).NextBytes(pixels);
        dataset.SetBytes(PixelData, bitsAllocated > 8 ? DicomVR.OW : DicomVR.OB, pixels);
        return dataset;
    }

    [Fact]
    public void Native_frames_are_slices_of_the_pixel_data_without_copies()
    {
        var dataset = NativeMultiFrame(100, 12, 16, 16, 1, out var pixels);
        Assert.Equal(100, DicomFrames.GetFrameCount(dataset));
        var frameLength = 12 * 16 * 2;
        foreach (var n in new[] { 1, 2, 50, 100 })
        {
            var frame = DicomFrames.GetFrame(dataset, n);
            Assert.Equal(pixels.AsSpan((n - 1) * frameLength, frameLength).ToArray(), frame.ToArray());
            Assert.True(MemoryMarshal.TryGetArray(frame, out var segment));
            Assert.True(MemoryMarshal.TryGetArray(dataset.GetElement(PixelData).Value, out var whole));
            Assert.Same(whole.Array, segment.Array);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => DicomFrames.GetFrame(dataset, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DicomFrames.GetFrame(dataset, 101));
    }

    [Fact]
    public void Bits_allocated_1_frames_are_unpacked_from_mid_byte()
    {
        // 3x3 = 9 bits per frame: frame 2 starts at bit 9, inside the second byte.
        var dataset = NativeMultiFrame(5, 3, 3, 1, 1, out var pixels);
        for (var n = 1; n <= 5; n++)
        {
            var frame = DicomFrames.GetFrame(dataset, n).ToArray();
            Assert.Equal(2, frame.Length);
            for (var bit = 0; bit < 9; bit++)
            {
                var source = (n - 1) * 9 + bit;
                var expected = (pixels[source / 8] >> (source % 8)) & 1;
                Assert.Equal(expected, (frame[bit / 8] >> (bit % 8)) & 1);
            }
        }
    }

    [Fact]
    public async Task Referenced_native_frames_read_only_their_range()
    {
        var dataset = NativeMultiFrame(100, 12, 16, 8, 3, out var pixels);
        var bytes = new MemoryStream();
        new DicomFile(dataset).Save(bytes);
        var counting = new CountingStream(new MemoryStream(bytes.ToArray()));
        var file = DicomFile.Read(counting, new DicomReadOptions { PixelData = PixelDataHandling.Reference });
        Assert.NotNull(file.Dataset.GetElement(PixelData).StreamRange);
        var readBefore = counting.BytesRead;
        var frame = await DicomFrames.GetFrameAsync(file.Dataset, 42, CancellationToken.None);
        var frameLength = 12 * 16 * 3;
        Assert.Equal(pixels.AsSpan(41 * frameLength, frameLength).ToArray(), frame.ToArray());
        Assert.Equal(frameLength, counting.BytesRead - readBefore);
    }

    [Fact]
    public void Big_endian_16_bit_frames_come_back_little_endian()
    {
        var dataset = NativeMultiFrame(3, 4, 4, 16, 1, out var pixels);
        var written = new MemoryStream();
        new DicomFile(dataset).Save(written, new DicomWriteOptions { TransferSyntax = TransferSyntax.ExplicitVRBigEndian });
        written.Position = 0;
        var file = DicomFile.Read(written);
        Assert.True(file.Dataset.GetElement(PixelData).IsBigEndian);
        Assert.Equal(pixels.AsSpan(32, 32).ToArray(), DicomFrames.GetFrame(file.Dataset, 2).ToArray());
    }

    [Theory]
    [InlineData("rgb256_JPEG2000Lossless.dcm")]
    [InlineData("rgb256_JPEG2000Lossy.dcm")]
    [InlineData("rgb256_JPEGLosslessP14.dcm")]
    [InlineData("rgb256_RLELossless.dcm")]
    [InlineData("ot636x434_JPEGExtendedP2_4.dcm")]
    [InlineData("layer1_SM_JPEGBaseline_sequences.dcm")]
    public void A_single_encapsulated_frame_is_all_its_fragments(string name)
    {
        using var file = DicomFile.Open(TestData.Extra(name));
        var fragments = Assert.IsType<DicomFragments>(file.Dataset.GetElement(PixelData));
        var expected = fragments.Fragments.SelectMany(f => f.Data.ToArray()).ToArray();
        Assert.Equal(expected, DicomFrames.GetFrame(file.Dataset, 1).ToArray());
    }

    public static TheoryData<string> OffsetModes() => new() { "basic", "extended", "one-per-frame", "markers" };

    [Theory]
    [MemberData(nameof(OffsetModes))]
    public void Encapsulated_frames_are_found_by_every_method(string mode)
    {
        var frames = Enumerable.Range(0, 4).Select(i => Jpeg(100 + i * 10, (byte)i)).ToArray();
        var split = mode is "basic" or "extended" or "markers";
        var fragments = new List<DicomFragment>();
        var offsets = new List<ulong>();
        ulong position = 0;
        foreach (var frame in frames)
        {
            offsets.Add(position);
            var parts = split ? new[] { frame[..(frame.Length / 2)], frame[(frame.Length / 2)..] } : new[] { frame };
            foreach (var part in parts)
            {
                fragments.Add(new DicomFragment(part));
                position += 8 + (ulong)part.Length;
            }
        }
        var basic = mode == "basic" ? offsets.SelectMany(o => BitConverter.GetBytes((uint)o)).ToArray() : [];
        var dataset = new DicomDataset();
        dataset.SetValues(new DicomTag(0x00280008), DicomVR.IS, frames.Length);
        if (mode == "extended")
        {
            dataset.SetValues(new DicomTag(0x7FE00001), DicomVR.OV, offsets.ToArray());
            dataset.SetValues(new DicomTag(0x7FE00002), DicomVR.OV, frames.Select(f => (ulong)f.Length).ToArray());
        }
        dataset.Set(new DicomFragments(PixelData, DicomVR.OB, basic, fragments));
        for (var n = 1; n <= frames.Length; n++)
        {
            Assert.Equal(frames[n - 1], DicomFrames.GetFrame(dataset, n).ToArray());
        }
    }

    internal static byte[] Jpeg(int length, byte fill)
    {
        var bytes = Enumerable.Repeat(fill, length).ToArray();
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return bytes;
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
