using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DicomTyped.Benchmarks.Client;
using DicomTyped.Client;
using DicomTyped.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DicomTyped.Benchmarks.Server;

/// <summary>
/// Issue 9's retrieve target: a 200-instance study (2.9 MB each) retrieved from the embedded server as multipart/related
/// with transfer-syntax=*, against a bare Kestrel endpoint that sends the same stored files' bytes as one stream
/// (baseline; the server should reach at least 0.8x its throughput), and against Orthanc holding the same study. Each
/// case is a plain HttpClient copying the body to a null sink, so only the servers differ.
/// </summary>
[Config(typeof(ClientBenchmarkConfig))]
public class ServerRetrieveBenchmarks
{
    private const int InstanceCount = 200;
    private const string Accept = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";
    private BenchmarkStudy? _study;
    private string? _dataDirectory;
    private DicomWebServerHost? _server;
    private WebApplication? _bare;
    private Uri? _bareUrl;
    private BenchmarkOrthanc? _orthanc;
    private HttpClient? _http;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _study = new BenchmarkStudy(InstanceCount);
        _dataDirectory = Path.Combine(Path.GetTempPath(), "dicomtyped-retrieve-bench-" + Guid.NewGuid().ToString("N"));
        _server = await DicomWebServerHost.StartAsync(new DicomWebServerOptions { DataDirectory = _dataDirectory }, CancellationToken.None);
        _orthanc = new BenchmarkOrthanc();
        foreach (var baseAddress in new[] { _server.BaseAddress, _orthanc.BaseAddress })
        {
            using var client = DicomWebClient.Create(baseAddress);
            for (var i = 0; i < _study.Paths.Count; i += 20)
            {
                var result = await client.StoreInstancesAsync(new ArraySegment<string>([.. _study.Paths], i, Math.Min(20, _study.Paths.Count - i)));
                if (result.Failed.Count > 0 || (int)result.HttpStatus >= 300)
                {
                    throw new InvalidOperationException($"Store into {baseAddress} failed: {result.HttpStatus}");
                }
            }
        }
        // The baseline serves the files the server stored (same disk, same page cache), one after the other.
        var stored = Directory.GetFiles(Path.Combine(_dataDirectory, "files"), "*.dcm", SearchOption.AllDirectories);
        if (stored.Length != InstanceCount)
        {
            throw new InvalidOperationException($"{stored.Length} files stored, {InstanceCount} expected.");
        }
        (_bare, _bareUrl) = await StartBareKestrelAsync(stored);
        _http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http?.Dispose();
        if (_bare is not null)
        {
            await _bare.StopAsync();
            await _bare.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _orthanc?.Dispose();
        _study?.Dispose();
        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public Task<long> BareKestrelFileBytes() => CopyToNullAsync(_bareUrl!, accept: null);

    [Benchmark]
    public Task<long> DicomTypedServerStudy() => CopyToNullAsync(new Uri(_server!.BaseAddress, "studies/" + _study!.StudyInstanceUid), Accept);

    [Benchmark]
    public Task<long> OrthancStudy() => CopyToNullAsync(new Uri(_orthanc!.BaseAddress, "studies/" + _study!.StudyInstanceUid), Accept);

    private async Task<long> CopyToNullAsync(Uri url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        using var response = await _http!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var counting = new CountingNullStream();
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(counting, 81920);
        return counting.Length;
    }

    private static async Task<(WebApplication App, Uri Url)> StartBareKestrelAsync(string[] files)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var total = files.Sum(f => new FileInfo(f).Length);
        app.MapGet("/bare", async (HttpContext http) =>
        {
            http.Response.ContentType = "application/octet-stream";
            http.Response.ContentLength = total;
            foreach (var file in files)
            {
                await http.Response.SendFileAsync(file, http.RequestAborted);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(new Uri(address), "/bare"));
    }
}
