using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom;
using DicomTyped.Server;
using DicomTyped.Server.Hosting;
using DicomTyped.Server.Index;
using DicomTyped.Server.Store;
using Microsoft.Extensions.DependencyInjection;

namespace DicomTyped.Server.Benchmarks;

/// <summary>
/// Loads N instances into the index of a running server (10 per study: 2 series of 5; 5,000 patients; study dates over
/// ten years; names from small lists), then times each search the issue names over HTTP: median and 99th percentile.
/// The instances are indexed straight from data sets built in memory (the files are not written: no search reads them).
/// </summary>
internal static class SearchLatency
{
    private static readonly string[] FamilyNames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin"];
    private static readonly string[] GivenNames = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica"];
    private static readonly string[] Modalities = ["CT", "MR", "US", "CR", "DX", "OT"];

    public static async Task<int> RunAsync(int instances, int iterations)
    {
        var data = Path.Combine(Path.GetTempPath(), "dicomtyped-search-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var host = await DicomWebServerHost.StartAsync(new DicomWebServerOptions { DataDirectory = data }, CancellationToken.None);
            var index = (SqliteDicomIndex)host.Services.GetRequiredService<DicomWebServices>().Index;
            var load = Stopwatch.StartNew();
            await SeedAsync(index, instances);
            Console.WriteLine($"Indexed {instances:N0} instances in {load.Elapsed.TotalSeconds:F1} s");

            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            http.DefaultRequestHeaders.Accept.ParseAdd("application/dicom+json");
            var studies = instances / 10;
            var random = new Random(7);
            var cases = new (string Name, Func<string> Query)[]
            {
                ("exact PatientID", () => $"studies?PatientID=PAT{random.Next(5000):D5}&limit=100"),
                ("one-year StudyDate range", () => { var y = 2015 + random.Next(10); return $"studies?StudyDate={y}0101-{y}1231&limit=100"; }),
                ("PatientName prefix (fuzzy)", () => $"studies?PatientName={FamilyNames[random.Next(FamilyNames.Length)][..3]}&fuzzymatching=true&limit=100"),
                ("series of one study", () => $"studies/{StudyUid(random.Next(studies))}/series?limit=100"),
                ("instance by SOPInstanceUID", () => { var s = random.Next(studies); return $"instances?SOPInstanceUID={InstanceUid(s, random.Next(2), random.Next(5))}&limit=100"; }),
            };
            Console.WriteLine($"{"search",-30} {"p50 ms",8} {"p99 ms",8} {"mean ms",8} {"matches",8} {"index p50",10}");
            foreach (var (name, query) in cases)
            {
                var times = new List<double>();
                var matches = 0L;
                for (var i = 0; i < iterations + 20; i++)
                {
                    var path = query();
                    var watch = Stopwatch.StartNew();
                    using var response = await http.GetAsync(path);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    watch.Stop();
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
                    }
                    if (i >= 20)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                        matches += body.Length == 0 ? 0 : System.Text.Json.JsonDocument.Parse(body).RootElement.GetArrayLength();
                    }
                }
                times.Sort();
                // The same searches on the index alone (no HTTP, no JSON): where the time goes.
                var indexTimes = new List<double>();
                for (var i = 0; i < Math.Min(iterations, 50); i++)
                {
                    var path = query();
                    var (route, study, series) = RouteOf(path);
                    var search = Search.QidoRequestParser.Parse(
                        new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(path[path.IndexOf('?')..])), route, study, series);
                    var watch = Stopwatch.StartNew();
                    await index.SearchAsync(search.Query, CancellationToken.None);
                    indexTimes.Add(watch.Elapsed.TotalMilliseconds);
                }
                indexTimes.Sort();
                Console.WriteLine($"{name,-30} {Percentile(times, 0.50),8:F2} {Percentile(times, 0.99),8:F2} {times.Average(),8:F2} {matches / (double)iterations,8:F1} {Percentile(indexTimes, 0.50),10:F2}");
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("DICOMTYPED_BENCH_KEEP") == "1")
            {
                Console.WriteLine($"Data kept in {data}");
            }
            else if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static (Search.QidoRoute, string?, string?) RouteOf(string path)
    {
        var segments = path[..path.IndexOf('?')].Split('/');
        return segments switch
        {
            ["studies"] => (Search.QidoRoute.Studies, null, null),
            ["instances"] => (Search.QidoRoute.Instances, null, null),
            ["studies", var study, "series"] => (Search.QidoRoute.StudySeries, study, null),
            _ => throw new ArgumentException(path),
        };
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string StudyUid(int s) => $"1.2.826.0.1.3680043.10.{s + 1}";

    private static string SeriesUid(int s, int se) => $"{StudyUid(s)}.{se + 1}";

    private static string InstanceUid(int s, int se, int i) => $"{SeriesUid(s, se)}.{i + 1}";

    private static async Task SeedAsync(SqliteDicomIndex index, int instances)
    {
        var random = new Random(42);
        var batch = new List<IndexedInstance>();
        var empty = new HashSet<uint>();
        for (var s = 0; s < instances / 10; s++)
        {
            var patient = random.Next(5000);
            var name = $"{FamilyNames[patient % FamilyNames.Length]}^{GivenNames[patient / FamilyNames.Length % GivenNames.Length]}";
            var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3652)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            for (var se = 0; se < 2; se++)
            {
                var modality = Modalities[random.Next(Modalities.Length)];
                for (var i = 0; i < 5; i++)
                {
                    var ds = new DicomDataset();
                    ds.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
                    ds.SetUid(DicomTags.StudyInstanceUID, StudyUid(s));
                    ds.SetUid(DicomTags.SeriesInstanceUID, SeriesUid(s, se));
                    ds.SetUid(DicomTags.SOPInstanceUID, InstanceUid(s, se, i));
                    ds.SetString(DicomTags.PatientID, DicomVR.LO, $"PAT{patient:D5}");
                    ds.SetString(DicomTags.PatientName, DicomVR.PN, name);
                    ds.SetString(DicomTags.StudyDate, DicomVR.DA, date);
                    ds.SetString(DicomTags.AccessionNumber, DicomVR.SH, $"A{s}");
                    ds.SetString(DicomTags.Modality, DicomVR.CS, modality);
                    ds.SetString(DicomTags.StudyDescription, DicomVR.LO, "Benchmark study");
                    ds.SetString(DicomTags.InstanceNumber, DicomVR.IS, (i + 1).ToString(CultureInfo.InvariantCulture));
                    batch.Add(InstanceIndexer.Build(ds, StudyUid(s), SeriesUid(s, se), InstanceUid(s, se, i), "1.2.840.10008.5.1.4.1.1.7",
                        "1.2.840.10008.1.2.1", Guid.NewGuid().ToString("N"), 1000, empty));
                }
            }
            if (batch.Count >= 5000)
            {
                await index.AddInstancesAsync(batch, CancellationToken.None);
                batch.Clear();
            }
        }
        if (batch.Count > 0)
        {
            await index.AddInstancesAsync(batch, CancellationToken.None);
        }
    }
}
