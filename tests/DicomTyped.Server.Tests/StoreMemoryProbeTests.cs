using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Retrieve;
using DicomTyped.Server.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace DicomTyped.Server.Tests;

/// <summary>
/// Issue 9's memory target, store side: a 1 GB instance stored through the server (made while it is sent, chunked) and
/// then retrieved keeps the process's peak resident memory (VmHWM, reset before each) under 64 MB above rest. The
/// sender runs in the same process, so its buffers count too. Runs alone; measures memory, never time.
/// </summary>
[Collection(MemoryProbeCollection.Name)]
public sealed class StoreMemoryProbeTests(ITestOutputHelper output)
{
    private const long OneGigabyte = 1L << 30;
    private const long Budget = 64L << 20;
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_1_GB_instance_is_stored_and_retrieved_with_under_64_MB_of_peak_memory_above_idle()
    {
        await using var server = await ServerFixture.StartAsync();
        // Writing and flushing 1 GB on a loaded machine can outlast HttpClient's default 100 s.
        using var http = new HttpClient { BaseAddress = server.Host.BaseAddress, Timeout = System.TimeSpan.FromMinutes(15) };
        // Warm the store path up (JIT, pools, the index), then measure from rest.
        using (var warm = await http.SendAsync(TestInstances.StoreRequest("studies", new GeneratedInstanceContent(1 << 20)), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }
        var large = new GeneratedInstanceContent(OneGigabyte);

        var idle = ResidentMemory.CollectAndResetPeak();
        using (var stored = await http.SendAsync(TestInstances.StoreRequest("studies", large), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        }
        var storePeak = ResidentMemory.Peak - idle;

        idle = ResidentMemory.CollectAndResetPeak();
        var request = new HttpRequestMessage(HttpMethod.Get, $"studies/{large.Study}/series/{large.Series}/instances/{large.Instance}");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/dicom; transfer-syntax=*"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync(Ct);
        var buffer = new byte[81920];
        long received = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, Ct)) > 0)
        {
            received += read;
        }
        var retrievePeak = ResidentMemory.Peak - idle;

        output.WriteLine($"stored {large.Length:N0} bytes: peak {storePeak / 1048576.0:F1} MB above rest; retrieved {received:N0} bytes: peak {retrievePeak / 1048576.0:F1} MB above rest");
        Assert.Equal(large.Length, received);
        Assert.True(storePeak < Budget, $"store: peak {storePeak} bytes above rest");
        Assert.True(retrievePeak < Budget, $"retrieve: peak {retrievePeak} bytes above rest");
    }
}
