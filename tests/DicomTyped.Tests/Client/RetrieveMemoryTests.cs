using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Tests.Interop;
using DicomTyped.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace DicomTyped.Tests.Client;

/// <summary>
/// Peak working set above idle while retrieving a 200-instance study and a single ~1 GB instance from Orthanc.
/// Minutes long and gigabytes of disk, so it runs only with DICOMTYPED_CLIENT_MEMORY=1 (run-client-benchmarks.sh sets it);
/// the figures are printed and appended to $DICOMTYPED_BENCH_OUT/client-memory.txt when that is set.
/// </summary>
[Collection(OrthancCollection.Name)]
public sealed class RetrieveMemoryTests(OrthancFixture orthanc, ITestOutputHelper output)
{
    private const long Budget = 64L * 1024 * 1024;
    private static CancellationToken Ct => CancellationToken.None;

    [SkippableFact]
    public async Task Retrieve_of_200_instances_and_of_a_1_GB_instance_stays_within_64_MB_above_idle()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("DICOMTYPED_CLIENT_MEMORY") == "1", "Set DICOMTYPED_CLIENT_MEMORY=1 to run the memory measurements.");
        orthanc.RequireRunning();
        await orthanc.ClearAsync(Ct);
        var folder = Directory.CreateTempSubdirectory("dicomtyped-memory-").FullName;
        var report = new List<string>();
        try
        {
            using var client = DicomWebClient.Create(orthanc.BaseAddress);
            var template = DicomFile.Open(TestData.Dcm("blue-circle.dcm"));
            var study = DicomUid.Generate();
            var series = DicomUid.Generate();
            for (var batch = 0; batch < 10; batch++)
            {
                var files = new List<DicomFile>();
                for (var i = 0; i < 20; i++)
                {
                    var dataset = new DicomDataset(template.Dataset);
                    dataset.SetUid(DicomTags.StudyInstanceUID, study);
                    dataset.SetUid(DicomTags.SeriesInstanceUID, series);
                    dataset.SetUid(DicomTags.SOPInstanceUID, DicomUid.Generate());
                    files.Add(new DicomFile(dataset));
                }
                Assert.True((await client.StoreInstancesAsync(files, cancellationToken: Ct)).AllStored);
            }

            report.Add(await MeasureAsync("retrieve 200 x 2.9 MB, DicomFile read in full", async () =>
            {
                var count = 0;
                await foreach (var file in client.RetrieveStudyAsync(study, cancellationToken: Ct))
                {
                    count++;
                }
                Assert.Equal(200, count);
            }, enforceBudget: false));
            report.Add(await MeasureAsync("retrieve 200 x 2.9 MB, header only", async () =>
            {
                var count = 0;
                await foreach (var file in client.RetrieveStudyAsync(study, new DicomReadOptions { StopBeforePixelData = true }, Ct))
                {
                    count++;
                }
                Assert.Equal(200, count);
            }));
            var saved = Path.Combine(folder, "saved");
            report.Add(await MeasureAsync("save 200 x 2.9 MB to disk", async () => Assert.Equal(200, (await client.SaveStudyAsync(study, saved, Ct)).Count)));
            Directory.Delete(saved, recursive: true);

            var (bigPath, bigStudy, bigSeries, bigInstance) = WriteLargeInstance(folder, template.Dataset);
            output.WriteLine($"large instance: {new FileInfo(bigPath).Length:N0} bytes");
            report.Add(await MeasureAsync("store 1 GB instance from disk", async () => Assert.True((await client.StoreInstancesAsync([bigPath], cancellationToken: Ct)).AllStored)));
            File.Delete(bigPath);
            report.Add(await MeasureAsync("retrieve 1 GB instance, header only", async () =>
            {
                var file = await client.RetrieveInstanceAsync(bigStudy, bigSeries, bigInstance, new DicomReadOptions { StopBeforePixelData = true }, Ct);
                Assert.Equal(bigInstance, file.Dataset.GetUid(DicomTags.SOPInstanceUID));
            }));
            report.Add(await MeasureAsync("retrieve 1 GB instance to a file", async () =>
            {
                await foreach (var instance in client.RetrieveInstanceStreamAsync(bigStudy, bigSeries, bigInstance, Ct))
                {
                    await instance.SaveAsync(Path.Combine(folder, "big-retrieved.dcm"), Ct);
                }
                Assert.True(new FileInfo(Path.Combine(folder, "big-retrieved.dcm")).Length > 990_000_000);
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await orthanc.ClearAsync(Ct);
            if (Environment.GetEnvironmentVariable("DICOMTYPED_BENCH_OUT") is { Length: > 0 } outDir)
            {
                await File.AppendAllLinesAsync(Path.Combine(outDir, "client-memory.txt"), report, Ct);
            }
        }
    }

    /// <summary>A copy of blue-circle with 345 frames (~1 GB) of native pixel data, written by DicomFile.Save from a sparse file range.</summary>
    private static (string Path, string Study, string Series, string Instance) WriteLargeInstance(string folder, DicomDataset template)
    {
        var frameLength = 979L * 985 * 3;
        const int frames = 345;
        var pixelPath = Path.Combine(folder, "pixels.bin");
        using (var pixels = new FileStream(pixelPath, FileMode.Create))
        {
            pixels.SetLength(frameLength * frames);
        }
        var dataset = new DicomDataset(template);
        var (study, series, instance) = (DicomUid.Generate(), DicomUid.Generate(), DicomUid.Generate());
        dataset.SetUid(DicomTags.StudyInstanceUID, study);
        dataset.SetUid(DicomTags.SeriesInstanceUID, series);
        dataset.SetUid(DicomTags.SOPInstanceUID, instance);
        dataset.SetString(DicomTags.NumberOfFrames, DicomVR.IS, frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var path = Path.Combine(folder, "big.dcm");
        using (var source = new FileStream(pixelPath, FileMode.Open, FileAccess.Read))
        {
            dataset.Set(new DicomElement(DicomTags.PixelData, DicomVR.OB, new DicomStreamRange(source, 0, frameLength * frames)));
            new DicomFile(dataset).Save(path);
        }
        File.Delete(pixelPath);
        return (path, study, series, instance);
    }

    // A full read drops each 2.9 MB file before the next, but the pixel arrays are large-object-heap garbage whose
    // collection the GC schedules by its own budget; that figure is reported, the streaming forms are held to the budget.
    private async Task<string> MeasureAsync(string what, Func<Task> action, bool enforceBudget = true)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var idle = process.WorkingSet64;
        var peak = idle;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(5);
            }
        });
        var watch = Stopwatch.StartNew();
        await action();
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        var line = $"{what}: peak {(peak - idle) / (1024.0 * 1024):F1} MB above idle ({idle / (1024.0 * 1024):F0} MB), {watch.Elapsed.TotalSeconds:F2} s";
        output.WriteLine(line);
        if (enforceBudget)
        {
            Assert.True(peak - idle < Budget, line);
        }
        return line;
    }
}
