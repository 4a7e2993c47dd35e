using System;
using System.IO;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;

namespace DicomTyped.Server.Tests.Retrieve;

/// <summary>
/// One server per test class holding the walk-through's three files and <see cref="RetrieveSamples"/>, stored through
/// the file store and index as a store puts them (<see cref="IndexSeeder"/>). The retrieve tests only read from it.
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
        foreach (var sample in Samples.All)
        {
            await IndexSeeder.SeedAsync(Server, sample.Path);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
