using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace DicomTyped.Server.PeerBenchmarks;

/// <summary>A server under test, started as its own process on 127.0.0.1 over a temporary folder and killed by pid.</summary>
internal sealed partial class PeerServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly ConcurrentQueue<string> _log = new();

    private PeerServer(string name, Process process, string folder)
    {
        Name = name;
        _process = process;
        _folder = folder;
    }

    public string Name { get; }

    /// <summary>The DICOMweb base address with a trailing slash.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary><c>dotnet dicomweb.dll serve --port 0 --data {temp}</c>.</summary>
    public static async Task<PeerServer> StartDicomWebAsync(string dicomWebDll)
    {
        var folder = Directory.CreateTempSubdirectory("bench-dicomweb-").FullName;
        var start = Redirected("dotnet", dicomWebDll, "serve", "--port", "0", "--data", Path.Combine(folder, "data"));
        var server = new PeerServer("dicomweb serve", Process.Start(start)!, folder);
        var url = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                url.TrySetException(new InvalidOperationException("dicomweb serve exited:\n" + string.Join('\n', server._log)));
                return;
            }
            server._log.Enqueue(e.Data);
            if (ServingLine().Match(e.Data) is { Success: true } match)
            {
                url.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        server._process.ErrorDataReceived += (_, e) => server._log.Enqueue("stderr: " + e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        server.BaseAddress = await url.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>Orthanc 1.10 with the DICOMweb plugin, from its own config (not the system service).</summary>
    public static async Task<PeerServer> StartOrthancAsync(int port)
    {
        var folder = Directory.CreateTempSubdirectory("bench-orthanc-").FullName;
        var config = new JsonObject
        {
            ["Name"] = "Benchmark",
            ["HttpPort"] = port,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomServerEnabled"] = false,
            ["StorageDirectory"] = Path.Combine(folder, "storage"),
            ["IndexDirectory"] = Path.Combine(folder, "index"),
            ["Plugins"] = new JsonArray("/usr/share/orthanc/plugins/libOrthancDicomWeb.so"),
            ["DicomWeb"] = new JsonObject { ["Enable"] = true, ["Root"] = "/dicom-web/" },
        };
        var configPath = Path.Combine(folder, "orthanc.json");
        await File.WriteAllTextAsync(configPath, config.ToJsonString());
        var server = new PeerServer("Orthanc 1.10", Process.Start(Redirected("/usr/sbin/Orthanc", configPath))!, folder)
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/dicom-web/"),
        };
        server._process.OutputDataReceived += (_, e) => server._log.Enqueue(e.Data ?? "");
        server._process.ErrorDataReceived += (_, e) => server._log.Enqueue(e.Data ?? "");
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/system");
                if (response.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("Orthanc did not start:\n" + string.Join('\n', server._log));
    }

    /// <summary>CPU time the server process has used so far (user and kernel): unlike wall time, barely moved by other load.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Resident memory of the server process in MB.</summary>
    public double ResidentMegabytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64 / 1048576.0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static ProcessStartInfo Redirected(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    [GeneratedRegex(@"^Serving DICOMweb at (http://\S+/v2/)")]
    private static partial Regex ServingLine();
}
