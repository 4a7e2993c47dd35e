using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace DicomTyped.TestSupport;

/// <summary>
/// One Orthanc with the DICOMweb plugin per fixture (a class or a collection fixture), started from its own config in a
/// temp folder (not the system service) and stopped by process id. Orthanc listens on every interface (no bind option
/// in 1.10), but with RemoteAccessAllowed false it answers loopback clients only, and the tests talk to 127.0.0.1 only.
/// (Linked into every test project that runs Orthanc, from tests/Shared/Orthanc.)
/// </summary>
public sealed class OrthancProcess : IAsyncLifetime
{
    public const string Executable = "/usr/sbin/Orthanc";
    public const string DicomWebPlugin = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";
    private const string InstallHint = "apt-get install -y orthanc orthanc-dicomweb";

    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;
    private string? _folder;

    /// <summary>The DICOMweb root, <c>http://127.0.0.1:{port}/dicom-web/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/dicom-web/");

    /// <summary>Orthanc's own REST API root, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri RestBase { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client for Orthanc's REST API (clearing data, lookups).</summary>
    public HttpClient Rest { get; private set; } = new();

    /// <summary>Why Orthanc did not start, when it did not.</summary>
    public string? StartFailure { get; private set; }

    /// <summary>Skips (locally) or fails (CI) when Orthanc is missing; fails when it is installed but did not start.</summary>
    public void RequireRunning()
    {
        Peers.Require(Executable, InstallHint);
        Peers.Require(DicomWebPlugin, InstallHint);
        Assert.True(_process is { HasExited: false }, "Orthanc is not running: " + StartFailure + Environment.NewLine + string.Join(Environment.NewLine, _log));
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable) || !File.Exists(DicomWebPlugin))
        {
            StartFailure = "not installed";
            return;
        }
        _folder = Directory.CreateTempSubdirectory("dicomtyped-orthanc-").FullName;
        var port = LoopbackPort.Free();
        RestBase = new Uri($"http://127.0.0.1:{port}/");
        BaseAddress = new Uri(RestBase, "dicom-web/");
        Rest = new HttpClient { BaseAddress = RestBase, Timeout = TimeSpan.FromSeconds(30) };
        var configPath = Path.Combine(_folder, "orthanc.json");
        await File.WriteAllTextAsync(configPath, Config(port, _folder).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(configPath);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Orthanc did not start.");
        // Drain both pipes so Orthanc never blocks on a full pipe; keep the tail for failure messages.
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        StartFailure = await WaitUntilAnsweringAsync();
    }

    /// <summary>Deletes every study through Orthanc's REST API (its DICOMweb DELETE answers 405).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        using var response = await Rest.GetAsync("studies", cancellationToken);
        response.EnsureSuccessStatusCode();
        var ids = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsArray();
        foreach (var id in ids)
        {
            using var deleted = await Rest.DeleteAsync("studies/" + id!.GetValue<string>(), cancellationToken);
            deleted.EnsureSuccessStatusCode();
        }
    }

    public Task DisposeAsync()
    {
        Rest.Dispose();
        if (_process is not null)
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
        }
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private static JsonObject Config(int port, string folder) => new()
    {
        ["Name"] = "DicomTypedTests",
        ["HttpPort"] = port,
        ["RemoteAccessAllowed"] = false,
        ["AuthenticationEnabled"] = false,
        ["DicomServerEnabled"] = false,
        ["StorageDirectory"] = Path.Combine(folder, "storage"),
        ["IndexDirectory"] = Path.Combine(folder, "index"),
        ["Plugins"] = new JsonArray(DicomWebPlugin),
        ["DicomWeb"] = new JsonObject { ["Enable"] = true, ["Root"] = "/dicom-web/" },
    };

    private async Task<string?> WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                return $"Orthanc exited with code {_process.ExitCode}.";
            }
            try
            {
                using var response = await Rest.GetAsync("system");
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        return "Orthanc did not answer GET /system within 30 s.";
    }

    /// <summary>Stores Part 10 files (full paths) through Orthanc's REST API (POST /instances).</summary>
    public async Task StoreAsync(params string[] paths)
    {
        foreach (var path in paths)
        {
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            using var response = await Rest.PostAsync("instances", content);
            response.EnsureSuccessStatusCode();
        }
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
