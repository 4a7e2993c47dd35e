using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DicomTyped.TestSupport;

namespace DicomTyped.Cli.Tests.Support;

/// <summary>The built <c>dicomweb</c> program, run as a user would run it.</summary>
internal static class DicomWebProgram
{
    /// <summary>Runs <c>dotnet dicomweb.dll {arguments}</c> from a temporary folder (so nothing relies on the repository as working folder).
    /// The test runner's own DICOMWEB_URL and DICOMWEB_TOKEN are removed, so only <paramref name="environment"/> sets them.</summary>
    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?> { ["DICOMWEB_URL"] = null, ["DICOMWEB_TOKEN"] = null };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }
        return ProcessRunner.RunAsync(Paths.DotNet, [Paths.DicomWebDll, .. arguments], timeout, System.IO.Path.GetTempPath(), variables);
    }
}
