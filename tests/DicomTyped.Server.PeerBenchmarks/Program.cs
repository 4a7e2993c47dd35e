using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;

namespace DicomTyped.Server.PeerBenchmarks;

/// <summary>
/// <c>dicomweb serve</c> against Orthanc 1.10, side by side on loopback, fed the same instances by the same client,
/// runs alternating between the two: store throughput, then search latency with an index of synthetic instances.
/// Prints medians and ratios (ours ÷ Orthanc for throughput, Orthanc ÷ ours for latency: above 1 means ours is better).
/// Usage: run-server-vs-orthanc.sh [--runs 3] [--small 1000] [--large 200] [--index 100000] [--iterations 200] [--store-only]
/// (<c>--store-only</c> skips the search part; <c>--large 0</c> skips the large instances.)
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        Console.Error.WriteLine($"starting servers (dicomweb: {options.DicomWebDll})");
        await using var ours = await PeerServer.StartDicomWebAsync(options.DicomWebDll);
        await using var orthanc = await PeerServer.StartOrthancAsync(FreePort());
        var servers = new[] { ours, orthanc };
        var clients = servers.Select(s => DicomWebClient.Create(s.BaseAddress, options: new DicomWebClientOptions { MaxRetryAttempts = 0 })).ToArray();
        Console.WriteLine($"Small instance: {StoreBenchmarks.SmallInstances(1, 0)[0].Length:N0} bytes (64 × 64 8-bit Secondary Capture). Load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine();
        Console.WriteLine($"| measurement | {ours.Name} | {orthanc.Name} | ours vs Orthanc |");
        Console.WriteLine("|---|---|---|---|");

        // Warm-up, not measured: the first requests of a .NET server pay for JIT compilation (6 ms of CPU per instance in the
        // first thousand, 2.5 ms later), which a long-running server pays once.
        // 400 were too few: the tiered JIT kept promoting methods through the first 3,000 instances.
        var warmUp = StoreBenchmarks.SmallInstances(3000, 900_000);
        for (var s = 0; s < 2; s++)
        {
            await StoreBenchmarks.StoreAsync(clients[s], warmUp.GetRange(0, 2000), 1, 4);
            await StoreBenchmarks.StoreAsync(clients[s], warmUp.GetRange(2000, 1000), 50, 1);
        }

        await StoreAsync($"store {options.Small:N0} small instances, one per request, 4 clients", options.Small, 1, 4, options, servers, clients, (runs, count) => SmallRuns(runs, count));
        await StoreAsync($"store {options.Small:N0} small instances, 50 per request", options.Small, 50, 1, options, servers, clients, (runs, count) => SmallRuns(runs, count));
        if (options.Large > 0)
        {
            await StoreAsync($"store {options.Large} × 2.9 MB instances, 10 per request", options.Large, 10, 1, options, servers, clients, (runs, count) => LargeRuns(runs, count), megabytes: 2.894);
        }

        if (options.Index > 0 && !options.StoreOnly)
        {
            await SearchAsync(options, servers, clients);
        }
        foreach (var client in clients)
        {
            client.Dispose();
        }
        return 0;
    }

    private static async Task StoreAsync(string name, int count, int perRequest, int parallel, Options options, PeerServer[] servers, DicomWebClient[] clients,
        Func<int, int, List<List<byte[]>>> makeRuns, double megabytes = 0)
    {
        // Each run stores fresh UIDs; the servers take turns run by run.
        var perServer = new List<double>[] { [], [] };
        var cpuPerInstance = new List<double>[] { [], [] };
        var runs = makeRuns(options.Runs * 2, count);
        for (var run = 0; run < options.Runs; run++)
        {
            for (var s = 0; s < 2; s++)
            {
                var order = run % 2 == 0 ? s : 1 - s;
                var cpuBefore = servers[order].CpuTime;
                var seconds = await StoreBenchmarks.StoreAsync(clients[order], runs[run * 2 + order], perRequest, parallel);
                var cpuMs = (servers[order].CpuTime - cpuBefore).TotalMilliseconds / count;
                perServer[order].Add(count / seconds);
                cpuPerInstance[order].Add(cpuMs);
                Console.Error.WriteLine(FormattableString.Invariant($"  {name}: server {order} run {run + 1}: {count / seconds:F0}/s, server CPU {cpuMs:F2} ms per instance, load {File.ReadAllText("/proc/loadavg")[..4]}"));
            }
        }
        var oursRate = Stats.Median(perServer[0]);
        var theirsRate = Stats.Median(perServer[1]);
        string Rate(double rate) => megabytes > 0 ? $"{rate:F0}/s ({rate * megabytes:F0} MB/s)" : $"{rate:F0}/s";
        Console.WriteLine(FormattableString.Invariant($"| {name} (median of {options.Runs}) | {Rate(oursRate)} | {Rate(theirsRate)} | {oursRate / theirsRate:F2}× |"));
        var oursCpu = Stats.Median(cpuPerInstance[0]);
        var theirsCpu = Stats.Median(cpuPerInstance[1]);
        Console.WriteLine(FormattableString.Invariant($"| … server CPU per instance (median) | {oursCpu:F2} ms | {theirsCpu:F2} ms | {theirsCpu / oursCpu:F2}× less |"));
    }

    private static List<List<byte[]>> SmallRuns(int runs, int count) =>
        Enumerable.Range(0, runs).Select(r => StoreBenchmarks.SmallInstances(count, r * count)).ToList();

    private static List<List<byte[]>> LargeRuns(int runs, int count)
    {
        var template = DicomFile.Open(Path.Combine(RepositoryRoot(), "tests", "data", "dcms", "blue-circle.dcm"));
        return Enumerable.Range(0, runs).Select(_ =>
        {
            var study = DicomUid.Generate();
            var series = DicomUid.Generate();
            return Enumerable.Range(0, count).Select(_ => SyntheticInstances.Large(template, study, series, DicomUid.Generate())).ToList();
        }).ToList();
    }

    private static async Task SearchAsync(Options options, PeerServer[] servers, DicomWebClient[] clients)
    {
        var studies = options.Index / 5;
        var studyUids = Enumerable.Range(0, studies).Select(_ => DicomUid.Generate()).ToArray();
        var seriesUids = Enumerable.Range(0, studies).Select(_ => DicomUid.Generate()).ToArray();
        var instanceUids = Enumerable.Range(0, studies * 5).Select(_ => DicomUid.Generate()).ToArray();
        // Both servers are seeded at the same time (batches of 50, four clients each) with the same bytes: seeding is not
        // what this part measures, and one at a time took most of the run. The rates are therefore of two loads sharing the machine.
        var loadRates = await Task.WhenAll(Enumerable.Range(0, 2).Select(s => Task.Run(async () =>
        {
            var seconds = 0.0;
            for (var first = 0; first < studies; first += 2000)
            {
                var instances = new List<byte[]>(10_000);
                for (var study = first; study < Math.Min(first + 2000, studies); study++)
                {
                    for (var i = 0; i < 5; i++)
                    {
                        instances.Add(SyntheticInstances.Small(study, studyUids[study], seriesUids[study], instanceUids[study * 5 + i], i + 1));
                    }
                }
                seconds += await StoreBenchmarks.StoreAsync(clients[s], instances, 50, 4);
                Console.Error.WriteLine($"  index: server {s}: {Math.Min(first + 2000, studies) * 5} instances, {Math.Min(first + 2000, studies) * 5 / seconds:F0}/s");
            }
            return studies * 5 / seconds;
        })));
        Console.WriteLine(FormattableString.Invariant($"| index {studies * 5:N0} instances (50 per request, 4 clients; both seeded at once) | {loadRates[0]:F0}/s | {loadRates[1]:F0}/s | {loadRates[0] / loadRates[1]:F2}× |"));

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var random = new Random(9);
        foreach (var (name, oursQuery, orthancQuery) in SearchBenchmarks.Queries(options.Limit))
        {
            var latencies = new List<double>[] { [], [] };
            var matches = new int[2];
            var iterations = options.Iterations;
            for (var i = -5; i < iterations; i++)
            {
                var study = random.Next(studies);
                var picks = new SearchBenchmarks.Picks(SyntheticInstances.PatientId(random.Next(SyntheticInstances.PatientCount)), 2015 + random.Next(10), studyUids[study], instanceUids[study * 5 + random.Next(5)]);
                for (var s = 0; s < 2; s++)
                {
                    var order = i % 2 == 0 ? s : 1 - s;
                    var (ms, count) = await SearchBenchmarks.SearchAsync(http, servers[order].BaseAddress, order == 0 ? oursQuery(picks) : orthancQuery(picks));
                    if (i >= 0)
                    {
                        latencies[order].Add(ms);
                        matches[order] = count;
                    }
                }
            }
            string Text(int s) => FormattableString.Invariant($"p50 {Stats.Median(latencies[s]):F1} ms, p99 {Stats.Percentile(latencies[s], 99):F1} ms ({matches[s]} matches)");
            Console.WriteLine(FormattableString.Invariant(
                $"| search: {name}, limit {options.Limit}, {iterations} alternating requests | {Text(0)} | {Text(1)} | p50 {Stats.Median(latencies[1]) / Stats.Median(latencies[0]):F1}× faster, p99 {Stats.Percentile(latencies[1], 99) / Stats.Percentile(latencies[0], 99):F1}× |"));
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DicomTyped.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository.");
    }

    private sealed record Options(string DicomWebDll, int Runs, int Small, int Large, int Index, int Iterations, int Limit, bool StoreOnly)
    {
        public static Options Parse(string[] args)
        {
            string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
            int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            var dll = Value("--dicomweb", Path.Combine(RepositoryRoot(), "src", "DicomTyped.Cli", "bin", "Release", "net10.0", "dicomweb.dll"));
            return new Options(dll, Number("--runs", 3), Number("--small", 1000), Number("--large", 200), Number("--index", 100_000), Number("--iterations", 200), Number("--limit", 100), args.Contains("--store-only"));
        }
    }
}
