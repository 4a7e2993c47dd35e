using System;
using System.IO;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>DicomFile.Read(ReadOnlyMemory): a file already in memory is parsed in place, with the same checks.</summary>
public sealed class Part10MemoryReadTests
{
    [Theory]
    [MemberData(nameof(Part10ReaderTests.AllFiles), MemberType = typeof(Part10ReaderTests))]
    public void File_in_memory_reads_like_the_file_on_disk(string name)
    {
        var path = Part10ReaderTests.PathOf(name);
        using var fromDisk = DicomFile.Open(path);

        using var fromMemory = DicomFile.Read(File.ReadAllBytes(path));

        Assert.Equal(fromDisk.TransferSyntax, fromMemory.TransferSyntax);
        Assert.Equal(fromDisk.Dataset.Count, fromMemory.Dataset.Count);
        Assert.Equal(fromDisk.Dataset.GetUid(DicomTags.SOPInstanceUID), fromMemory.Dataset.GetUid(DicomTags.SOPInstanceUID));
        Assert.Equal(PixelBytes(fromDisk), PixelBytes(fromMemory));
    }

    [Fact]
    public void Pixel_data_is_a_slice_of_the_callers_bytes_not_a_copy()
    {
        var bytes = File.ReadAllBytes(Part10ReaderTests.PathOf("blue-circle.dcm"));

        using var file = DicomFile.Read(bytes);

        Assert.True(file.Dataset.TryGetElement(DicomTags.PixelData, out var pixels));
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(pixels.Value, out var segment));
        Assert.Same(bytes, segment.Array);
    }

    [Fact]
    public void A_segment_of_a_larger_array_is_read_to_its_end_and_no_further()
    {
        var file = File.ReadAllBytes(Part10ReaderTests.PathOf("rgb256_ExplicitVRLittleEndian.dcm"));
        var padded = new byte[file.Length + 64];
        file.CopyTo(padded, 32);
        // A truncated segment inside a larger array: the bytes after it exist in the array but are not the file's.
        var truncated = new ReadOnlyMemory<byte>(padded, 32, file.Length - 1000);

        using var whole = DicomFile.Read(new ReadOnlyMemory<byte>(padded, 32, file.Length));
        var error = Assert.ThrowsAny<DicomParseException>(() => DicomFile.Read(truncated));

        Assert.Equal(256 * 256 * 3, PixelBytes(whole).Length);
        Assert.Contains("past the end", error.Message);
    }

    [Fact]
    public void Garbage_in_memory_is_a_parse_error()
    {
        var error = Assert.ThrowsAny<DicomParseException>(() => DicomFile.Read(new byte[300]));

        Assert.Contains("DICM", error.Message);
    }

    private static byte[] PixelBytes(DicomFile file) =>
        file.Dataset.TryGetElement(DicomTags.PixelData, out var element) && element.Value.Length > 0 ? element.Value.ToArray() : [];
}
