using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;

namespace DicomTyped.Benchmarks.Client;

/// <summary>
/// An Orthanc of the benchmark's own, started as the interop fixture starts it (own config in a temp folder, free
/// port, DICOMweb plugin). It binds every interface but accepts loopback only; traffic goes to 127.0.0.1 only.
/// Stopped by its process id.
/// </summary>
internal sealed class BenchmarkOrthanc : IDisposable
{
    private const string Executable = "/usr/sbin/Orthanc";
    private const string DicomWebPlugin = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";

    private readonly Process _process;
    private readonly string _folder;

    public BenchmarkOrthanc()
    {
        if (!File.Exists(Executable) || !File.Exists(DicomWebPlugin))
        {
            throw new InvalidOperationException("Orthanc is not installed (apt-get install -y orthanc orthanc-dicomweb).");
        }
        _folder = Directory.CreateTempSubdirectory("dicomtyped-bench-orthanc-").FullName;
        var port = FreePort();
        RestBase = new Uri($"http://127.0.0.1:{port}/");
        BaseAddress = new Uri(RestBase, "dicom-web/");
        var config = new JsonObject
        {
            ["Name"] = "DicomTypedBenchmark",
            ["HttpPort"] = port,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomServerEnabled"] = false,
            ["StorageDirectory"] = Path.Combine(_folder, "storage"),
            ["IndexDirectory"] = Path.Combine(_folder, "index"),
            ["Plugins"] = new JsonArray(DicomWebPlugin),
            ["DicomWeb"] = new JsonObject { ["Enable"] = true, ["Root"] = "/dicom-web/" },
        };
        var configPath = Path.Combine(_folder, "orthanc.json");
        File.WriteAllText(configPath, config.ToJsonString());
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(configPath);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Orthanc did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilAnswering();
    }

    public Uri BaseAddress { get; }

    public Uri RestBase { get; }

    public int ProcessId => _process.Id;

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void WaitUntilAnswering()
    {
        using var http = new HttpClient { BaseAddress = RestBase, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Orthanc exited with code {_process.ExitCode}.");
            }
            try
            {
                using var response = http.GetAsync("system").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(100);
        }
        throw new InvalidOperationException("Orthanc did not answer within 30 s.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
