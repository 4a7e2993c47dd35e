using System;
using System.Globalization;
using DicomTyped.Server.Benchmarks;

// dotnet run -c Release --project tests/DicomTyped.Server.Benchmarks -- [instances=100000] [iterations=200]
var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
Console.WriteLine($"Search latency with {instances:N0} instances, {iterations} timed requests per search (after 20 warm-up)");
return await SearchLatency.RunAsync(instances, iterations);
