using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Benchmarks.Client;

/// <summary>
/// Peak working set above idle while retrieving a 200-instance study and a single ~1 GB instance from an Orthanc this
/// probe starts (loopback only, killed by pid). A measurement, not a test: minutes long and gigabytes of disk.
/// Run: <c>dotnet run -c Release --project tests/DicomTyped.Benchmarks -- client-memory</c>; exit code 1 when a
/// streaming form goes over the 64 MB budget. The figures are also appended to $DICOMTYPED_BENCH_OUT/client-memory.txt.
/// </summary>
internal static class ClientMemoryProbe
{
    private const long Budget = 64L * 1024 * 1024;
    private static bool s_failed;

    private static CancellationToken Ct => CancellationToken.None;

    public static async Task<int> RunAsync()
    {
        using var orthanc = new BenchmarkOrthanc();
        var folder = Directory.CreateTempSubdirectory("dicomtyped-memory-").FullName;
        var report = new List<string>();
        try
        {
            using var client = DicomWebClient.Create(orthanc.BaseAddress);
            var template = DicomFile.Open(BenchmarkStudy.SourceFile());
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
                Check((await client.StoreInstancesAsync(files, cancellationToken: Ct)).AllStored, "store of a batch");
            }

            report.Add(await MeasureAsync("retrieve 200 x 2.9 MB, DicomFile read in full", async () =>
            {
                var count = 0;
                await foreach (var file in client.RetrieveStudyAsync(study, cancellationToken: Ct))
                {
                    count++;
                }
                Check(count == 200, $"{count} instances retrieved");
            }, enforceBudget: false));
            report.Add(await MeasureAsync("retrieve 200 x 2.9 MB, header only", async () =>
            {
                var count = 0;
                await foreach (var file in client.RetrieveStudyAsync(study, new DicomReadOptions { StopBeforePixelData = true }, Ct))
                {
                    count++;
                }
                Check(count == 200, $"{count} instances retrieved");
            }));
            var saved = Path.Combine(folder, "saved");
            report.Add(await MeasureAsync("save 200 x 2.9 MB to disk", async () => Check((await client.SaveStudyAsync(study, saved, Ct)).Count == 200, "save study")));
            Directory.Delete(saved, recursive: true);

            var (bigPath, bigStudy, bigSeries, bigInstance) = WriteLargeInstance(folder, template.Dataset);
            Console.WriteLine($"large instance: {new FileInfo(bigPath).Length:N0} bytes");
            report.Add(await MeasureAsync("store 1 GB instance from disk", async () => Check((await client.StoreInstancesAsync([bigPath], cancellationToken: Ct)).AllStored, "store of the large instance")));
            File.Delete(bigPath);
            report.Add(await MeasureAsync("retrieve 1 GB instance, header only", async () =>
            {
                var file = await client.RetrieveInstanceAsync(bigStudy, bigSeries, bigInstance, new DicomReadOptions { StopBeforePixelData = true }, Ct);
                Check(file.Dataset.GetUid(DicomTags.SOPInstanceUID) == bigInstance, "large instance UID");
            }));
            report.Add(await MeasureAsync("retrieve 1 GB instance to a file", async () =>
            {
                await foreach (var instance in client.RetrieveInstanceStreamAsync(bigStudy, bigSeries, bigInstance, Ct))
                {
                    await instance.SaveAsync(Path.Combine(folder, "big-retrieved.dcm"), Ct);
                }
                Check(new FileInfo(Path.Combine(folder, "big-retrieved.dcm")).Length > 990_000_000, "large instance saved whole");
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (Environment.GetEnvironmentVariable("DICOMTYPED_BENCH_OUT") is { Length: > 0 } outDir)
            {
                await File.AppendAllLinesAsync(Path.Combine(outDir, "client-memory.txt"), report, Ct);
            }
        }
        return s_failed ? 1 : 0;
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("memory probe: " + what + " failed");
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
    private static async Task<string> MeasureAsync(string what, Func<Task> action, bool enforceBudget = true)
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
        var within = peak - idle < Budget;
        var verdict = enforceBudget ? (within ? "within budget" : "OVER BUDGET") : "reported only";
        var line = $"{what}: peak {(peak - idle) / (1024.0 * 1024):F1} MB above idle ({idle / (1024.0 * 1024):F0} MB), {watch.Elapsed.TotalSeconds:F2} s, {verdict}";
        Console.WriteLine(line);
        if (enforceBudget && !within)
        {
            s_failed = true;
        }
        return line;
    }
}
