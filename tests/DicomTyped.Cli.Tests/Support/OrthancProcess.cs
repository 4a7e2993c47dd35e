using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>
/// Orthanc with its DICOMweb plugin, from its own config in a temporary folder (not the system service), on a free
/// loopback port; answering loopback clients only (RemoteAccessAllowed false); killed by pid on dispose. Skipped on a
/// developer machine without Orthanc, a failure with CI=true (<see cref="Peers.Require"/>).
/// </summary>
internal sealed class OrthancProcess : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/Orthanc";
    public const string DicomWebPlugin = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";
    private const string InstallHint = "apt-get install -y orthanc orthanc-dicomweb";

    private readonly Process _process;
    private readonly string _folder;
    private readonly ConcurrentQueue<string> _log = new();

    private OrthancProcess(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        RestBase = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Orthanc's REST root.</summary>
    public Uri RestBase { get; }

    /// <summary>The DICOMweb root, <c>http://127.0.0.1:{port}/dicom-web/</c>.</summary>
    public Uri BaseAddress => new(RestBase, "dicom-web/");

    public static async Task<OrthancProcess> StartAsync()
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
        await File.WriteAllTextAsync(configPath, config.ToJsonString());
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(configPath);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Orthanc did not start.");
        var orthanc = new OrthancProcess(process, folder, port);
        process.OutputDataReceived += (_, e) => orthanc.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => orthanc.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await orthanc.WaitUntilAnsweringAsync();
        }
        catch
        {
            await orthanc.DisposeAsync();
            throw;
        }
        return orthanc;
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
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Orthanc exited with code {_process.ExitCode}:\n{string.Join('\n', _log)}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(RestBase, "system"));
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
        throw new TimeoutException("Orthanc did not answer GET /system within 60 s:\n" + string.Join('\n', _log));
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
