using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Xunit;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>
/// <c>dicomweb serve</c> as a real process with the walk-through's three instances stored, for one test class; the
/// <c>dicomweb</c> commands under test run against it with <c>--url</c>.
/// </summary>
public sealed class ServedSamples : IAsyncLifetime
{
    /// <summary>The study of all three samples.</summary>
    public const string Study = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420";
    /// <summary>blue-circle's series (one instance).</summary>
    public const string BlueSeries = "1.2.826.0.1.3680043.8.498.77033797676425927098669402985243398207";
    /// <summary>green-square's and red-triangle's series (two instances).</summary>
    public const string GreenRedSeries = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652";
    public const string Blue = "1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114";
    public const string Green = "1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212";
    public const string Red = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395";

    /// <summary>The samples in the order they are stored (so the change feed numbers them 1, 2, 3).</summary>
    public static readonly string[] Files = ["blue-circle.dcm", "green-square.dcm", "red-triangle.dcm"];

    private ServeProcess? _serve;

    internal ServeProcess Serve => _serve ?? throw new InvalidOperationException("The server did not start.");

    public Uri BaseAddress => Serve.BaseAddress;

    public async Task InitializeAsync()
    {
        _serve = await ServeProcess.StartAsync();
        await StoreAsync(BaseAddress, Files);
    }

    public async Task DisposeAsync()
    {
        if (_serve is not null)
        {
            await _serve.DisposeAsync();
        }
    }

    /// <summary>Runs <c>dicomweb {arguments} --url {base}</c>.</summary>
    internal Task<ProcessResult> RunAsync(params string[] arguments) => Dicomweb.RunAsync([.. arguments, "--url", BaseAddress.ToString()]);

    /// <summary>Stores <paramref name="files"/> (names in tests/data/dcms) one per POST; 409 (already stored) counts as stored.</summary>
    public static async Task StoreAsync(Uri baseAddress, IEnumerable<string> files, string studiesPath = "studies")
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        foreach (var file in files)
        {
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(Paths.Dcms, file)));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
            using var response = await http.PostAsync(new Uri(baseAddress, studiesPath), content);
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict, $"storing {file}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}

/// <summary>Runs the real <c>dicomweb</c> with a deadline.</summary>
internal static class Dicomweb
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        DicomWebProgram.RunAsync(arguments, Timeout, environment);

    /// <summary>The lines of <paramref name="text"/> without the empty last one.</summary>
    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
