using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Multipart;
using DicomTyped.Tests.Http;
using DicomTyped.Tests.Multipart.Support;
using Xunit;

namespace DicomTyped.Tests.Multipart;

/// <summary>Encoder and reader through a real HTTP connection on 127.0.0.1, both directions.</summary>
[Collection(SerialMultipartCollection.Name)]
public sealed class MultipartLoopbackTests
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Stores_parts_from_file_stream_and_factory_through_http(bool everyLengthKnown)
    {
        var pattern = new PatternBytes("unused");
        var file = Path.GetTempFileName();
        var fileBytes = RandomNumberGenerator.GetBytes(1_000_003);
        await File.WriteAllBytesAsync(file, fileBytes);
        string? seenTransferEncoding = null;
        long seenContentLength = 0;
        await using var server = new LoopbackServer(recordRequests: false, respond: async context =>
        {
            seenTransferEncoding = context.Request.Headers["Transfer-Encoding"];
            seenContentLength = context.Request.ContentLength64;
            await using var reader = MultipartRelatedReader.Create(context.Request.InputStream, context.Request.ContentType!);
            var summary = new StringBuilder();
            await foreach (var part in reader.ReadPartsAsync(CancellationToken.None))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                long length = 0;
                int read;
                while ((read = await part.Body.ReadAsync(buffer, CancellationToken.None)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    length += read;
                }
                summary.Append($"{part.ContentType} {part.ContentLocation} {length} {Convert.ToHexString(hash.GetHashAndReset())}\n");
            }
            var answer = Encoding.UTF8.GetBytes(summary.ToString());
            context.Response.ContentType = "text/plain";
            await context.Response.OutputStream.WriteAsync(answer);
        });
        try
        {
            using var content = new MultipartRelatedContent("application/dicom");
            content.AddFile(file, "application/dicom", "/file");
            content.Add(_ => Task.FromResult<Stream>(new PatternStream(pattern, FiftyMegabytes, 3)), "application/dicom", everyLengthKnown ? FiftyMegabytes : null, "/generated");
            content.Add(new MemoryStream(Encoding.ASCII.GetBytes("small")), "application/dicom; transfer-syntax=*", "/small");
            content.Add(new MemoryStream(), "application/dicom", "/empty");
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

            using var response = await client.PostAsync("studies", content, CancellationToken.None);
            var summary = await response.Content.ReadAsStringAsync(CancellationToken.None);

            Assert.True(response.IsSuccessStatusCode, summary);
            var expected =
                $"application/dicom /file {fileBytes.Length} {Convert.ToHexString(SHA256.HashData(fileBytes))}\n" +
                $"application/dicom /generated {FiftyMegabytes} {Convert.ToHexString(PatternStream.HashOf(pattern, FiftyMegabytes, 3))}\n" +
                $"application/dicom; transfer-syntax=* /small 5 {Convert.ToHexString(SHA256.HashData("small"u8))}\n" +
                $"application/dicom /empty 0 {Convert.ToHexString(SHA256.HashData(Array.Empty<byte>()))}\n";
            Assert.Equal(expected, summary);
            if (everyLengthKnown)
            {
                Assert.Equal(content.Headers.ContentLength, seenContentLength);
                Assert.Null(seenTransferEncoding);
            }
            else
            {
                Assert.Equal("chunked", seenTransferEncoding);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Retrieves_a_multipart_response_part_by_part_as_it_arrives()
    {
        var pattern = new PatternBytes("unused");
        await using var server = new LoopbackServer(recordRequests: false, respond: async context =>
        {
            using var content = new MultipartRelatedContent("application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1");
            content.Add(new MemoryStream(Encoding.ASCII.GetBytes("frame one")), "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", "/frames/1");
            content.Add(_ => Task.FromResult<Stream>(new PatternStream(pattern, FiftyMegabytes, 5)), "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", contentLocation: "/frames/2");
            content.Add(new MemoryStream(Encoding.ASCII.GetBytes("frame three")), "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", "/frames/3");
            // Like Orthanc: chunked, no Content-Length, Connection: close.
            context.Response.SendChunked = true;
            context.Response.KeepAlive = false;
            context.Response.ContentType = content.Headers.ContentType!.ToString();
            await content.CopyToAsync(context.Response.OutputStream, CancellationToken.None);
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

        using var response = await client.GetAsync("frames", HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
        response.EnsureSuccessStatusCode();
        await using var reader = MultipartRelatedReader.Create(
            await response.Content.ReadAsStreamAsync(CancellationToken.None), response.Content.Headers.ContentType!.ToString());
        var parts = new System.Collections.Generic.List<(string? Location, long Length, byte[] Hash)>();
        await foreach (var part in reader.ReadPartsAsync(CancellationToken.None))
        {
            Assert.Equal("1.2.840.10008.1.2.1", part.ContentType!.GetParameter("transfer-syntax"));
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[65536];
            long length = 0;
            int read;
            while ((read = await part.Body.ReadAsync(buffer, CancellationToken.None)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                length += read;
            }
            parts.Add((part.ContentLocation, length, hash.GetHashAndReset()));
        }

        Assert.Equal("1.2.840.10008.1.2.1", reader.RelatedType!.GetParameter("transfer-syntax"));
        Assert.Equal(["/frames/1", "/frames/2", "/frames/3"], parts.Select(p => p.Location));
        Assert.Equal([9L, FiftyMegabytes, 11L], parts.Select(p => p.Length));
        Assert.Equal(PatternStream.HashOf(pattern, FiftyMegabytes, 5), parts[1].Hash);
        Assert.Equal(SHA256.HashData("frame three"u8), parts[2].Hash);
    }
}
