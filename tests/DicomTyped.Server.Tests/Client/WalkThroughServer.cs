using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Client;

/// <summary>
/// One embedded server on a free loopback port holding the walk-through's three files (blue-circle in its own series,
/// green-square and red-triangle in a shared one), stored once through the client, for the tests that only read.
/// </summary>
public sealed class WalkThroughServer : IAsyncLifetime
{
    public ServerFixture Server { get; private set; } = null!;

    /// <summary>What the store of the three files answered.</summary>
    public DicomStoreResult Stored { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await ServerFixture.StartAsync();
        using var client = Server.Client();
        Stored = await client.StoreInstancesAsync(
            [TestInstances.Dcm("blue-circle.dcm"), TestInstances.Dcm("green-square.dcm"), TestInstances.Dcm("red-triangle.dcm")],
            cancellationToken: CancellationToken.None);
        if (!Stored.AllStored)
        {
            throw new InvalidOperationException($"The walk-through's files were not all stored: {Stored.HttpStatus}.");
        }
    }

    /// <summary>A client against the v2 routes whose exchanges are recorded.</summary>
    public DicomWebClient Client(RecordingHandler recorder, DicomWebClientOptions? options = null) =>
        DicomWebClient.Create(Server.Host.BaseAddress, options: options, primaryHandler: recorder);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
