using System;
using System.Threading;
using System.Threading.Tasks;

namespace DicomTyped.Cli.Tutorial;

/// <summary>The embedded DICOMweb server on a free loopback port, with a temporary data folder removed on dispose.</summary>
internal sealed class EmbeddedServer : IAsyncDisposable
{
    private EmbeddedServer(Uri baseAddress) => BaseAddress = baseAddress;

    /// <summary>The v2 base address, such as <c>http://127.0.0.1:41234/v2/</c>.</summary>
    public Uri BaseAddress { get; }

    public static Task<EmbeddedServer> StartAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("this build has no embedded server yet; give a service with --url.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
