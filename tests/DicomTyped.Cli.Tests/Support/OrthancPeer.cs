using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>
/// Orthanc 1.10 with its DICOMweb plugin as a real process, from a config of its own in a temporary folder (not the
/// system service): a free port, loopback clients only, no DICOM listener. Stopped by its process id on dispose, and
/// the folder removed. <see cref="StartAsync"/> skips the test (locally) or fails it (CI=true) when Orthanc is missing.
/// </summary>
internal sealed class OrthancPeer : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/Orthanc";
    public const string DicomWebPlugin = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";
    private const string InstallHint = "apt-get install -y orthanc orthanc-dicomweb";

    private readonly Process _process;
    private readonly string _folder;
    private readonly ConcurrentQueue<string> _log = new();

    private OrthancPeer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        RestBase = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Orthanc's own REST API, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri RestBase { get; }

    /// <summary>The DICOMweb root, <c>http://127.0.0.1:{port}/dicom-web/</c>.</summary>
    public Uri DicomWebBase => new(RestBase, "dicom-web/");

    public static async Task<OrthancPeer> StartAsync()
    {
        Peers.Require(File.Exists(Executable) && File.Exists(DicomWebPlugin), "Orthanc with its DICOMweb plugin is not installed", InstallHint);
        var folder = Directory.CreateTempSubdirectory("dicomweb-cli-orthanc-").FullName;
        var port = FreePort();
        var config = new JsonObject
        {
            ["Name"] = "DicomTypedCliTests",
            ["HttpPort"] = port,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomServerEnabled"] = false,
            ["StorageDirectory"] = Path.Combine(folder, "storage"),
            ["IndexDirectory"] = Path.Combine(folder, "index"),
            ["Plugins"] = new JsonArray(DicomWebPlugin),
            ["DicomWeb"] = new JsonObject { ["Enable"] = true, ["Root"] = "/dicom-web/" },
        };
        var configPath = Path.Combine(folder, "orthanc.json");
        await File.WriteAllTextAsync(configPath, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(configPath);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Orthanc did not start.");
        var peer = new OrthancPeer(process, folder, port);
        process.OutputDataReceived += (_, e) => peer.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => peer.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await peer.WaitUntilAnsweringAsync();
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
        return peer;
    }

    /// <summary>The number of studies Orthanc holds, from its REST API (GET /studies).</summary>
    public async Task<int> StudyCountAsync()
    {
        using var http = new HttpClient { BaseAddress = RestBase, Timeout = TimeSpan.FromSeconds(30) };
        return JsonNode.Parse(await http.GetStringAsync("studies"))!.AsArray().Count;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = RestBase, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Orthanc exited with code {_process.ExitCode}:\n{string.Join('\n', _log)}");
            }
            try
            {
                using var response = await http.GetAsync("system");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Orthanc did not answer GET /system within 30 s:\n{string.Join('\n', _log)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _log.Enqueue(line);
        while (_log.Count > 40 && _log.TryDequeue(out _))
        {
        }
    }
}
