using System;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DicomTyped.Client;
using DicomTyped.Http;
using DicomTyped.Multipart;

namespace DicomTyped.Benchmarks.Client;

/// <summary>
/// Store of 100 files (2.9 MB each) into a real Orthanc: DicomWebClient streaming them from disk against a plain
/// HttpClient posting a pre-built body of the same bytes (baseline).
/// </summary>
[Config(typeof(ClientBenchmarkConfig))]
public class ClientStoreBenchmarks
{
    private const int InstanceCount = 100;
    private BenchmarkOrthanc? _orthanc;
    private BenchmarkStudy? _study;
    private DicomWebClient? _client;
    private HttpClient? _plain;
    private byte[] _body = [];
    private string _contentType = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _orthanc = new BenchmarkOrthanc();
        _study = new BenchmarkStudy(InstanceCount);
        _client = DicomWebClient.Create(_orthanc.BaseAddress);
        using var content = new MultipartRelatedContent(DicomMediaTypes.Dicom);
        foreach (var path in _study.Paths)
        {
            content.AddFile(path, DicomMediaTypes.Dicom);
        }
        _body = await content.ReadAsByteArrayAsync();
        _contentType = content.Headers.ContentType!.ToString();
        _plain = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    [Benchmark(Baseline = true)]
    public async Task<int> PlainHttpClientPostsPrebuiltBody()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.TryAddWithoutValidation("Content-Type", _contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_orthanc!.BaseAddress, "studies")) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", DicomMediaTypes.DicomJson);
        using var response = await _plain!.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark]
    public async Task<int> DicomWebClientStreamsFilesFromDisk()
    {
        var result = await _client!.StoreInstancesAsync(_study!.Paths);
        return result.Stored.Count == InstanceCount ? result.Stored.Count : throw new InvalidOperationException($"Stored {result.Stored.Count}.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _plain?.Dispose();
        _study?.Dispose();
        _orthanc?.Dispose();
    }
}
