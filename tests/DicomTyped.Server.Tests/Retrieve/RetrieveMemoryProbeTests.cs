using System;
using System.IO;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DicomTyped.Server.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace DicomTyped.Server.Tests.Retrieve;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryProbeCollection
{
    public const string Name = "memory probe";
}

/// <summary>
/// The benchmark probe of issue 9's memory target: a 1 GB instance retrieved through the server keeps the process's
/// peak resident memory (VmHWM, reset before the retrieve) under 64 MB above what it was at rest. It runs alone so no
/// other test's allocations count. It measures memory, never time.
/// </summary>
[Collection(MemoryProbeCollection.Name)]
public sealed class RetrieveMemoryProbeTests(ITestOutputHelper output)
{
    private const long OneGigabyte = 1L << 30;
    private const long Budget = 64L << 20;

    [Fact]
    public async Task A_1_GB_instance_is_retrieved_with_under_64_MB_of_peak_memory_above_idle()
    {
        await using var server = await ServerFixture.StartAsync();
        var path = Path.Combine(server.DataDirectory, "large.dcm");
        var (study, series, instance) = LargeInstanceFile.Write(path, OneGigabyte);
        await IndexSeeder.SeedAsync(server, path);
        File.Delete(path);

        // Warm the path up on the same instance (JIT, pools), then measure from rest.
        using (var warm = await RetrieveHttp.GetAsync(server.Http, $"studies/{study}/series/{series}/instances/{instance}/metadata", "application/dicom+json"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var idle = ResetPeak();

        using var response = await RetrieveHttp.GetAsync(server.Http, $"studies/{study}", RetrieveHttp.MultipartDicomAny);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long received = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            received += read;
        }
        var peak = Status("VmHWM");
        output.WriteLine($"received {received:N0} bytes; resident at rest {idle / 1048576.0:F1} MB, peak {peak / 1048576.0:F1} MB, above rest {(peak - idle) / 1048576.0:F1} MB");
        Assert.True(received > OneGigabyte * 99 / 100, $"only {received} bytes arrived");
        Assert.True(peak - idle < Budget, $"peak {peak - idle} bytes above rest");
    }

    // Linux: writing 5 to clear_refs resets the peak resident set size (VmHWM) to the current one.
    private static long ResetPeak()
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Status("VmRSS");
    }

    private static long Status(string field)
    {
        var match = Regex.Match(File.ReadAllText("/proc/self/status"), field + @":\s+(\d+) kB");
        return long.Parse(match.Groups[1].Value) * 1024;
    }
}
