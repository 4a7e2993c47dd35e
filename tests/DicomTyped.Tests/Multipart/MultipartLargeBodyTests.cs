using System;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using DicomTyped.Tests.Multipart.Support;
using Xunit;
using Xunit.Abstractions;

namespace DicomTyped.Tests.Multipart;

[Collection(SerialMultipartCollection.Name)]
public sealed class MultipartLargeBodyTests
{
    private const long MiB = 1024 * 1024;
    private readonly ITestOutputHelper _output;

    public MultipartLargeBodyTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// 4 GiB, never materialized: 32 parts of 128 MiB, half framed by Content-Length, half only by the
    /// boundary, every content block salted with near-delimiters. Memory must stay flat.
    /// </summary>
    [Fact]
    public async Task Decodes_a_4_GiB_body_part_by_part_with_bounded_memory()
    {
        const int PartCount = 32;
        const long PartLength = 128 * MiB;
        var boundary = "DicomTyped-" + new string('q', 61);
        await using var body = new GeneratedMultipartBody(boundary, PartCount, PartLength);
        var contentType = $"multipart/related; type=\"application/octet-stream; transfer-syntax=*\"; boundary={boundary}";
        using var readerHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        GC.Collect();
        var startAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var startWorkingSet = Environment.WorkingSet;
        var peakWorkingSet = startWorkingSet;
        var clock = Stopwatch.StartNew();

        long contentBytes = 0;
        var parts = 0;
        await using (var reader = MultipartRelatedReader.Create(body, contentType, new MultipartReaderOptions { LeaveOpen = true }))
        {
            while (await reader.ReadNextPartAsync(CancellationToken.None) is { } part)
            {
                parts++;
                Assert.Equal(parts % 2 == 1 ? PartLength : null, part.ContentLength);
                long partBytes = 0;
                int read;
                while ((read = await part.Body.ReadAsync(buffer, CancellationToken.None)) > 0)
                {
                    readerHash.AppendData(buffer, 0, read);
                    partBytes += read;
                }
                Assert.Equal(PartLength, partBytes);
                contentBytes += partBytes;
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            }
            // The reader stops right after the closing "--boundary--": its line end and the epilogue stay unread.
            Assert.Equal(body.BodyLength - "\r\nAn epilogue that readers ignore.\r\n".Length, reader.BytesConsumed);
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - startAllocated;
        _output.WriteLine(
            $"{body.BodyLength / (double)MiB:F0} MiB in {clock.Elapsed.TotalSeconds:F1} s ({body.BodyLength / MiB / clock.Elapsed.TotalSeconds:F0} MiB/s, two SHA-256 included); " +
            $"allocated {allocated / 1024} KiB; working set +{(peakWorkingSet - startWorkingSet) / MiB} MiB");
        Assert.Equal(PartCount, parts);
        Assert.Equal(body.ContentLength, contentBytes);
        Assert.Equal(body.ContentBytesProduced, contentBytes);
        Assert.Equal(body.ContentHash(), readerHash.GetHashAndReset());
        // About 12 MiB in a Debug build, where each awaited refill allocates its async state machine as a class;
        // a Release build allocates next to nothing. What matters is that nothing grows with the part size.
        Assert.True(allocated < 64 * MiB, $"The reader allocated {allocated} bytes for a 4 GiB body.");
        Assert.True(peakWorkingSet - startWorkingSet < 64 * MiB, $"The working set grew by {peakWorkingSet - startWorkingSet} bytes.");
    }
}
