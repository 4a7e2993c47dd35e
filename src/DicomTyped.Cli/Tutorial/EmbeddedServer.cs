using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server;

namespace DicomTyped.Cli.Tutorial;

/// <summary>The embedded DICOMweb server on a free loopback port, over a temporary data folder removed on dispose.</summary>
internal sealed class EmbeddedServer : IAsyncDisposable
{
    private readonly DicomWebServerHost _host;
    private readonly string _dataDirectory;

    private EmbeddedServer(DicomWebServerHost host, string dataDirectory)
    {
        _host = host;
        _dataDirectory = dataDirectory;
    }

    /// <summary>The v2 base address, such as <c>http://127.0.0.1:41234/v2/</c>.</summary>
    public Uri BaseAddress => _host.BaseAddress;

    public static async Task<EmbeddedServer> StartAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("dicomweb-tutorial-").FullName;
        try
        {
            var host = await DicomWebServerHost.StartAsync(new DicomWebServerOptions { DataDirectory = dataDirectory }, cancellationToken).ConfigureAwait(false);
            return new EmbeddedServer(host, dataDirectory);
        }
        catch
        {
            Directory.Delete(dataDirectory, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
