using System;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using Xunit;

namespace DicomTyped.Tests.Dicom;

/// <summary>
/// Memory is bounded by <see cref="DicomReadOptions"/>, not by the sender (issue 7 §1). Allocation is measured with the
/// current thread's counter on the synchronous path, so other tests running in parallel cannot change it.
/// </summary>
public class Part10LimitTests
{
    private const int MiB = 1 << 20;

    // 2,048 private OB elements of 1 MiB of zeros: 2 GiB inflated, about 2 MB deflated. Built once per run.
    private static readonly Lazy<byte[]> s_deflateBomb = new(() => DeflatedFile(elements: 2048, elementLength: MiB));

    [Fact]
    public void A_2_MB_deflated_file_that_inflates_to_2_GB_is_refused_at_the_inflation_limit_with_bounded_allocation()
    {
        var bomb = s_deflateBomb.Value;
        var options = new DicomReadOptions { MaxInflatedLength = 32 * MiB };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<DicomLimitException>(() => DicomFile.Read(bomb, options));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(bomb.Length < 3 * MiB, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(nameof(DicomReadOptions.MaxInflatedLength), error.LimitName);
        Assert.Contains("DicomReadOptions.MaxInflatedLength = 33554432 bytes", error.Message);
        // Each 1 MiB value is read in chunks and then joined (2 MiB each), so up to the limit: at most 3x the limit.
        Assert.True(allocated < 3L * 32 * MiB, $"{allocated} bytes allocated");
    }

    [Fact]
    public async Task The_deflate_limit_holds_on_the_asynchronous_stream_reader_too()
    {
        var error = await Assert.ThrowsAsync<DicomLimitException>(async () =>
            await DicomFile.ReadAsync(new NonSeekableStream(new MemoryStream(s_deflateBomb.Value)), new DicomReadOptions { MaxInflatedLength = 16 * MiB }));

        Assert.Equal(16 * MiB, error.Limit);
    }

    [Fact]
    public void A_value_that_would_end_past_the_inflation_limit_is_refused_before_it_is_inflated()
    {
        var file = DeflatedFile(elements: 1, elementLength: 64 * MiB);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<DicomLimitException>(() => DicomFile.Read(file, new DicomReadOptions { MaxInflatedLength = 8 * MiB }));

        Assert.Equal(nameof(DicomReadOptions.MaxInflatedLength), error.LimitName);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < MiB);
    }

    [Theory]
    [InlineData(Reader.Memory)]
    [InlineData(Reader.Stream)]
    [InlineData(Reader.ForwardOnly)]
    public async Task Several_large_elements_add_up_to_the_total_limit(Reader path)
    {
        var bytes = PlainFile(elements: 5, elementLength: MiB);
        var options = new DicomReadOptions { MaxTotalValueLength = 3 * MiB };

        var error = await Assert.ThrowsAsync<DicomLimitException>(() => ReadAsync(bytes, options, path));

        Assert.Equal(nameof(DicomReadOptions.MaxTotalValueLength), error.LimitName);
        Assert.Contains("DicomReadOptions.MaxTotalValueLength = 3145728 bytes", error.Message);
        // 1 MiB each: the first two fit (with 64 bytes of bookkeeping each), the third passes 3 MiB.
        Assert.Equal(new DicomTag(0x0009, 0x1002), error.Tag);
    }

    [Fact]
    public void Several_large_elements_are_refused_before_the_one_past_the_limit_is_allocated()
    {
        var bytes = PlainFile(elements: 5, elementLength: 4 * MiB);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<DicomLimitException>(() =>
            DicomFile.Read(new NonSeekableStream(new MemoryStream(bytes)), new DicomReadOptions { MaxTotalValueLength = 10 * MiB }));

        // Two values of 4 MiB read in chunks and joined (8 MiB each); the third is refused before any of it is read.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 18 * MiB);
    }

    [Theory]
    [InlineData(Reader.Memory)]
    [InlineData(Reader.Stream)]
    [InlineData(Reader.ForwardOnly)]
    public async Task A_file_under_the_limits_reads(Reader path)
    {
        var bytes = PlainFile(elements: 5, elementLength: MiB);
        var options = new DicomReadOptions { MaxTotalValueLength = 6 * MiB, MaxValueLength = MiB };

        var file = await ReadAsync(bytes, options, path);

        Assert.Equal(5, file.Dataset.Count);
        Assert.Equal(MiB, file.Dataset.GetElement(new DicomTag(0x0009, 0x1004)).Length);
    }

    [Fact]
    public void A_deflated_file_under_the_limits_reads()
    {
        var file = DicomFile.Read(DeflatedFile(elements: 4, elementLength: MiB), new DicomReadOptions { MaxInflatedLength = 5 * MiB });

        Assert.Equal(4, file.Dataset.Count);
        Assert.Equal(TransferSyntax.DeflatedExplicitVRLittleEndian, file.TransferSyntax);
    }

    [Theory]
    [InlineData(Reader.Memory)]
    [InlineData(Reader.ForwardOnly)]
    public async Task A_value_longer_than_the_value_limit_is_refused_before_it_is_allocated(Reader path)
    {
        var bytes = PlainFile(elements: 1, elementLength: 2 * MiB);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = await Assert.ThrowsAsync<DicomLimitException>(() => ReadAsync(bytes, new DicomReadOptions { MaxValueLength = MiB }, path));

        Assert.Equal(nameof(DicomReadOptions.MaxValueLength), error.LimitName);
        Assert.Contains("2097152 bytes", error.Message);
        if (path == Reader.ForwardOnly)
        {
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < MiB);
        }
    }

    [Fact]
    public void Millions_of_empty_elements_count_against_the_total()
    {
        var bytes = DicomBytes.File();
        for (var i = 0; i < 100_000; i++)
        {
            bytes.Tag((ushort)(0x0009 + (2 * (i / 0xF000))), (ushort)(0x1000 + (i % 0xF000))).Raw("LO"u8.ToArray()).Raw(0, 0);
        }

        var error = Assert.Throws<DicomLimitException>(() => DicomFile.Read(bytes.ToArray(), new DicomReadOptions { MaxTotalValueLength = MiB }));

        Assert.Equal(nameof(DicomReadOptions.MaxTotalValueLength), error.LimitName);
    }

    [Fact]
    public void Limits_are_enforced_in_strict_reading_too()
    {
        var bytes = PlainFile(elements: 2, elementLength: MiB);

        Assert.Throws<DicomLimitException>(() => DicomFile.Read(bytes, new DicomReadOptions { Strict = true, MaxValueLength = 1000 }));
    }

    public enum Reader
    {
        Memory,
        Stream,
        ForwardOnly,
    }

    // The three readers: bytes in memory (DicomBufferReader), a seekable stream read asynchronously and a forward-only
    // stream read synchronously (both DicomDatasetReader).
    internal static async Task<DicomFile> ReadAsync(byte[] bytes, DicomReadOptions options, Reader path) => path switch
    {
        Reader.Memory => DicomFile.Read(bytes, options),
        Reader.Stream => await DicomFile.ReadAsync(new MemoryStream(bytes), options),
        _ => DicomFile.Read(new NonSeekableStream(new MemoryStream(bytes)), options),
    };

    private static byte[] PlainFile(int elements, int elementLength)
    {
        var bytes = DicomBytes.File();
        for (var i = 0; i < elements; i++)
        {
            bytes.LongHeader(0x0009, (ushort)(0x1000 + i), "OB", (uint)elementLength).Raw(new byte[elementLength]);
        }
        return bytes.ToArray();
    }

    private static byte[] DeflatedFile(int elements, int elementLength)
    {
        var output = new MemoryStream();
        output.Write(DicomBytes.File("1.2.840.10008.1.2.1.99").ToArray());
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[MiB];
            for (var i = 0; i < elements; i++)
            {
                deflate.Write(new DicomBytes().LongHeader(0x0009, (ushort)(0x1000 + i), "OB", (uint)elementLength).ToArray());
                for (var left = elementLength; left > 0; left -= zeros.Length)
                {
                    deflate.Write(zeros, 0, Math.Min(left, zeros.Length));
                }
            }
        }
        return output.ToArray();
    }
}
