using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DicomTyped.Cli.Tests.Support;

namespace DicomTyped.Cli.Tests.Conformance;

/// <summary>One real run of <c>dotnet dicomweb.dll conformance … --report FILE</c>: what it printed, its exit code, and the report file's text.</summary>
internal sealed record ConformanceRun(ProcessResult Process, string Report)
{
    public static async Task<ConformanceRun> StartAsync(string format, params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("dicomweb-conformance-test-").FullName;
        try
        {
            var report = Path.Combine(folder, format == "junit" ? "report.xml" : "report.json");
            var result = await DicomWebProgram.RunAsync(["conformance", .. arguments, "--report", report, "--format", format], TimeSpan.FromMinutes(5));
            return new ConformanceRun(result, File.Exists(report) ? await File.ReadAllTextAsync(report) : "");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The JSON report's checks as (id, outcome, expected, actual).</summary>
    public IReadOnlyList<(string Id, string Area, string Outcome, string? Expected, string? Actual)> Checks()
    {
        using var document = JsonDocument.Parse(Report);
        return document.RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("area").GetString()!, c.GetProperty("outcome").GetString()!,
                          c.GetProperty("expected").GetString(), c.GetProperty("actual").GetString()))
            .ToList();
    }

    /// <summary>The JSON report's cleanup notes as (resource, removed, detail).</summary>
    public IReadOnlyList<(string Resource, bool Removed, string Detail)> Cleanup()
    {
        using var document = JsonDocument.Parse(Report);
        return document.RootElement.GetProperty("cleanup").EnumerateArray()
            .Select(n => (n.GetProperty("resource").GetString()!, n.GetProperty("removed").GetBoolean(), n.GetProperty("detail").GetString()!))
            .ToList();
    }

    public (string Id, string Area, string Outcome, string? Expected, string? Actual) Check(string id) => Checks().Single(c => c.Id == id);
}
