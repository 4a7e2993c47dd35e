using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DicomTyped.Client;

namespace DicomTyped.Benchmarks.Client;

/// <summary>
/// Retrieve of a 200-instance study (2.9 MB each) from a real Orthanc to a null sink: a plain HttpClient copying the
/// body to Stream.Null (baseline) against DicomWebClient reading every instance as a DicomFile, and copying each part.
/// After the client case, the walk-through's own Python retrieves the same study and its median is written next to
/// BenchmarkDotNet's report (client-python-retrieve.txt) for run-client-benchmarks.sh.
/// </summary>
[Config(typeof(ClientBenchmarkConfig))]
public class ClientRetrieveBenchmarks
{
    private const int InstanceCount = 200;
    private BenchmarkOrthanc? _orthanc;
    private BenchmarkStudy? _study;
    private DicomWebClient? _client;
    private HttpClient? _plain;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _orthanc = new BenchmarkOrthanc();
        _study = new BenchmarkStudy(InstanceCount);
        _client = DicomWebClient.Create(_orthanc.BaseAddress);
        // Stored in batches of 20 to keep each request small; stored once, retrieved by every iteration.
        for (var i = 0; i < _study.Paths.Count; i += 20)
        {
            var result = await _client.StoreInstancesAsync(new ArraySegment<string>([.. _study.Paths], i, Math.Min(20, _study.Paths.Count - i)));
            if (!result.AllStored)
            {
                throw new InvalidOperationException($"Store failed: {result.HttpStatus}");
            }
        }
        _plain = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    [Benchmark(Baseline = true)]
    public async Task<long> PlainHttpClientToStreamNull()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_orthanc!.BaseAddress, "studies/" + _study!.StudyInstanceUid));
        request.Headers.TryAddWithoutValidation("Accept", "multipart/related; type=\"application/dicom\"; transfer-syntax=*");
        using var response = await _plain!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync();
        var counting = new CountingNullStream();
        await body.CopyToAsync(counting, 81920);
        return counting.Length;
    }

    [Benchmark]
    public async Task<int> DicomWebClientReadsEveryDicomFile()
    {
        var count = 0;
        await foreach (var file in _client!.RetrieveStudyAsync(_study!.StudyInstanceUid))
        {
            count += file.Dataset.Count > 0 ? 1 : 0;
        }
        return Check(count);
    }

    [Benchmark]
    public async Task<int> DicomWebClientCopiesEveryPart()
    {
        var count = 0;
        await foreach (var instance in _client!.RetrieveStudyInstancesAsync(_study!.StudyInstanceUid))
        {
            await instance.CopyToAsync(Stream.Null);
            count++;
        }
        return Check(count);
    }

    [GlobalCleanup(Target = nameof(DicomWebClientReadsEveryDicomFile))]
    public void CleanupAfterClient()
    {
        RunPython();
        Cleanup();
    }

    [GlobalCleanup(Targets = [nameof(PlainHttpClientToStreamNull), nameof(DicomWebClientCopiesEveryPart)])]
    public void Cleanup()
    {
        _client?.Dispose();
        _plain?.Dispose();
        _study?.Dispose();
        _orthanc?.Dispose();
    }

    private static int Check(int count) =>
        count == InstanceCount ? count : throw new InvalidOperationException($"Retrieved {count} instances, expected {InstanceCount}.");

    private void RunPython()
    {
        var script = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(BenchmarkStudy.SourceFile()))!, "..", "DicomTyped.Benchmarks", "python", "walkthrough_retrieve.py");
        var runs = Environment.GetEnvironmentVariable("DICOMTYPED_PYTHON_RUNS") ?? "5";
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.GetFullPath(script));
        start.ArgumentList.Add(_orthanc!.BaseAddress.AbsoluteUri);
        start.ArgumentList.Add(_study!.StudyInstanceUid);
        start.ArgumentList.Add("--runs");
        start.ArgumentList.Add(runs);
        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEnd();
        var errors = python.StandardError.ReadToEnd();
        python.WaitForExit();
        var report = Path.Combine(Environment.GetEnvironmentVariable("DICOMTYPED_BENCH_OUT") ?? Directory.GetCurrentDirectory(), "client-python-retrieve.txt");
        File.WriteAllText(report, output + errors);
        Console.WriteLine("// walkthrough_retrieve.py: " + output.Trim().Split('\n')[^1]);
    }
}
