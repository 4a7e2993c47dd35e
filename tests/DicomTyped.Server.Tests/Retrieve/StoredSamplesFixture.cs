using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>
/// One server per test class holding the walk-through's three files and <see cref="RetrieveSamples"/>, stored through
/// the server's own store endpoint by our client. The retrieve tests only read from it.
/// </summary>
public sealed class StoredSamplesFixture : IAsyncLifetime
{
    private ServerFixture? _server;

    public ServerFixture Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    internal RetrieveSamples Samples { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await ServerFixture.StartAsync();
        var folder = Path.Combine(Server.DataDirectory, "samples-sent");
        Directory.CreateDirectory(folder);
        Samples = new RetrieveSamples(folder);
        using var client = Server.Client();
        var result = await client.StoreInstancesAsync(Samples.All.Select(s => s.Path));
        // Some samples are stored with warnings (202); none may fail.
        Assert.True(result.Failed.Count == 0, $"{result.Failed.Count} samples failed to store ({result.HttpStatus}): "
            + string.Join("; ", result.Failed.Select(f => $"{f.SopInstanceUid} {f.ReasonCode} {string.Join(" | ", f.Comments)}")));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
