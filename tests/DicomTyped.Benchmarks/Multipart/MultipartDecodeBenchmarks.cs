using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DicomTyped.Multipart;

namespace DicomTyped.Benchmarks.Multipart;

/// <summary>
/// Reading a WADO-RS-sized response (200 parts of 2.9 MB) from memory, against the floor of copying the same
/// bytes with no parsing at all. Parts with Content-Length are framed by it; parts without are scanned.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MultipartDecodeBenchmarks
{
    private const int PartCount = 200;
    private const int PartLength = 2_900_000;
    private const string Boundary = "DicomTyped-benchmark-boundary-0123456789";

    private byte[] _body = [];
    private readonly byte[] _readBuffer = new byte[81920];

    [Params(true, false)]
    public bool WithContentLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var content = new byte[PartLength];
        new Random(1).NextBytes(content);
        using var body = new MemoryStream();
        for (var i = 0; i < PartCount; i++)
        {
            var length = WithContentLength ? $"Content-Length: {PartLength}\r\n" : "";
            body.Write(System.Text.Encoding.ASCII.GetBytes($"{(i == 0 ? "" : "\r\n")}--{Boundary}\r\nContent-Type: application/dicom\r\n{length}\r\n"));
            body.Write(content);
        }
        body.Write(System.Text.Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        _body = body.ToArray();
    }

    [Benchmark(Baseline = true)]
    public void CopyBodyToNull()
    {
        using var body = new ForwardOnlyStream(new MemoryStream(_body, writable: false));
        body.CopyTo(Stream.Null);
    }

    [Benchmark]
    public async Task<long> ReadEveryPart()
    {
        await using var reader = new MultipartRelatedReader(new ForwardOnlyStream(new MemoryStream(_body, writable: false)), Boundary);
        long total = 0;
        while (await reader.ReadNextPartAsync(CancellationToken.None) is { } part)
        {
            int read;
            while ((read = await part.Body.ReadAsync(_readBuffer, CancellationToken.None)) > 0)
            {
                total += read;
            }
        }
        return total;
    }
}
