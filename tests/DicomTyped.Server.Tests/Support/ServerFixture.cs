using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Server;

namespace DicomTyped.Server.Tests.Support;

/// <summary>A server on a free loopback port over its own temporary data folder, removed on dispose.</summary>
public sealed class ServerFixture : IAsyncDisposable
{
    private readonly bool _keepData;

    private ServerFixture(DicomWebServerHost host, string dataDirectory, bool keepData)
    {
        _keepData = keepData;
        Host = host;
        DataDirectory = dataDirectory;
        Http = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public DicomWebServerHost Host { get; }

    public string DataDirectory { get; }

    /// <summary>A raw client whose base address is the v2 API.</summary>
    public HttpClient Http { get; }

    public static async Task<ServerFixture> StartAsync(Action<DicomWebServerOptions>? configure = null, string? dataDirectory = null, bool keepData = false)
    {
        dataDirectory ??= TestPaths.NewTemporaryFolder();
        var options = new DicomWebServerOptions { DataDirectory = dataDirectory };
        configure?.Invoke(options);
        var host = await DicomWebServerHost.StartAsync(options, CancellationToken.None);
        return new ServerFixture(host, dataDirectory, keepData);
    }

    /// <summary>Our own typed client against the v2 (or v1) API.</summary>
    public DicomWebClient Client(int version = 2, DicomWebClientOptions? options = null) =>
        DicomWebClient.Create(version == 1 ? Host.BaseAddressV1 : Host.BaseAddress, options: options);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        if (_keepData)
        {
            return;
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
