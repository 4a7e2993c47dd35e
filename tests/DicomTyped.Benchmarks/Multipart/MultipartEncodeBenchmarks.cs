using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DicomTyped.Multipart;

namespace DicomTyped.Benchmarks.Multipart;

/// <summary>
/// Writing a STOW-RS-sized request (100 parts of 2.9 MB) from in-memory parts, against copying a prebuilt
/// body of the same size: the cost of framing and streaming part by part.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MultipartEncodeBenchmarks
{
    private const int PartCount = 100;
    private const int PartLength = 2_900_000;

    private byte[] _part = [];
    private byte[] _prebuiltBody = [];

    [GlobalSetup]
    public async Task Setup()
    {
        _part = new byte[PartLength];
        new Random(2).NextBytes(_part);
        using var content = Build();
        using var body = new MemoryStream();
        await content.CopyToAsync(body, CancellationToken.None);
        _prebuiltBody = body.ToArray();
    }

    [Benchmark(Baseline = true)]
    public void CopyPrebuiltBodyToNull()
    {
        using var body = new ForwardOnlyStream(new MemoryStream(_prebuiltBody, writable: false));
        body.CopyTo(Stream.Null);
    }

    [Benchmark]
    public async Task EncodeParts()
    {
        using var content = Build();
        await content.CopyToAsync(Stream.Null, CancellationToken.None);
    }

    private MultipartRelatedContent Build()
    {
        var content = new MultipartRelatedContent("application/dicom");
        for (var i = 0; i < PartCount; i++)
        {
            content.Add(new MemoryStream(_part, writable: false), "application/dicom", $"/instances/{i}");
        }
        return content;
    }
}
