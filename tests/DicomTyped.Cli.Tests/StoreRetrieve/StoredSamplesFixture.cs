using System.IO;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;
using DicomTyped.Client;
using Xunit;

namespace DicomTyped.Cli.Tests.StoreRetrieve;

/// <summary>One <c>dicomweb serve</c> holding the walk-through's three samples, shared by the retrieve tests that only read.</summary>
public sealed class StoredSamplesFixture : IAsyncLifetime
{
    private ServeProcess? _serve;

    internal ServeProcess Serve => _serve!;

    public async Task InitializeAsync()
    {
        _serve = await ServeProcess.StartAsync();
        using var client = DicomWebClient.Create(_serve.BaseAddress);
        var stored = await client.StoreInstancesAsync(
            [Path.Combine(Paths.Dcms, "blue-circle.dcm"), Path.Combine(Paths.Dcms, "green-square.dcm"), Path.Combine(Paths.Dcms, "red-triangle.dcm")]);
        Assert.True(stored.AllStored, $"the samples were not stored: {stored.Status}");
    }

    public async Task DisposeAsync()
    {
        if (_serve is not null)
        {
            await _serve.DisposeAsync();
        }
    }
}
